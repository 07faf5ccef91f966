import { BarChart } from '@mantine/charts'
import { Group, List, Paper, Stack, Text, ThemeIcon, Title, useDirection } from '@mantine/core'
import { IconAlertTriangle, IconCheck, IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { RunSummary } from '../../../../../shared/contract/segments'
import { ChartTable } from '../../charts/ChartTable'
import { useNumbers } from '../useNumbers'

/** Below this adjusted Rand index, different seeds give materially different segments. */
const SEEDS_AGREE = 0.8

/** Why this k: silhouette per k (the chosen one highlighted), the gap statistic's choice, seed agreement, removals. */
export function KChoice({ run }: { run: RunSummary }) {
  const { t } = useTranslation()
  const num = useNumbers()
  const { dir } = useDirection()
  const rtl = dir === 'rtl'
  const candidates = [...run.candidates].sort((a, b) => a.k - b.k)
  const data = candidates.map((c) => ({ k: num.whole(c.k), silhouette: Number(c.silhouette.toFixed(3)), chosen: c.k === run.k ? 1 : 0 }))
  const auto = run.options.k === 'auto'
  const gapAgrees = run.gapK === run.k
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('segments.k.title')} data-testid="k-choice">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={3} size="h5">
            {t('segments.k.chosen', { k: num.whole(run.k) })}
          </Title>
          <Text size="sm" c="dimmed">
            {t('segments.k.participants', { n: num.whole(run.participants), columns: num.whole(run.columns.length) })}
          </Text>
        </Group>
        <Group align="flex-start" gap="lg" wrap="wrap">
          {candidates.length > 1 ? (
            <Stack gap={4} style={{ flex: '1 1 260px' }} miw={240}>
              <Text size="xs" c="dimmed" fw={500}>
                {t('segments.k.silhouetteChart')}
              </Text>
              <BarChart
                h={140}
                data={data}
                dataKey="k"
                series={[{ name: 'silhouette', label: t('segments.k.silhouette'), color: 'gray.5' }]}
                getBarColor={(value) =>
                  candidates.find((c) => Number(c.silhouette.toFixed(3)) === value)?.k === run.k ? 'petrol.7' : 'gray.4'
                }
                valueFormatter={(v) => num.two(v)}
                withBarValueLabel
                gridAxis="none"
                withYAxis={false}
                xAxisProps={{ reversed: rtl }}
                // Headroom above the tallest bar, so its value label is not cut off.
                yAxisProps={{ domain: [0, (max: number) => max * 1.25] }}
                tickLine="none"
                barProps={{ radius: 3 }}
              />
              <ChartTable
                id="silhouette"
                caption={t('segments.k.silhouetteChart')}
                columns={[
                  { label: t('chartTables.k') },
                  { label: t('segments.k.silhouette'), numeric: true },
                  { label: t('chartTables.chosen') },
                ]}
                rows={candidates.map((c) => ({
                  key: String(c.k),
                  cells: [num.whole(c.k), num.two(c.silhouette), c.k === run.k ? t('chartTables.yes') : ''],
                }))}
              />
            </Stack>
          ) : null}
          <List spacing={6} size="sm" style={{ flex: '1 1 260px' }} center>
            <List.Item icon={<Icon ok />}>
              {auto
                ? t('segments.k.bySilhouette', { k: num.whole(run.k), value: num.two(run.silhouette) })
                : t('segments.k.fixed', { k: num.whole(run.k), value: num.two(run.silhouette) })}
            </List.Item>
            {run.gapK !== null ? (
              <List.Item icon={<Icon ok={gapAgrees} />} data-testid="gap-choice">
                {gapAgrees
                  ? t('segments.k.gapAgrees', { k: num.whole(run.gapK) })
                  : run.gapK <= 1
                    ? t('segments.k.gapNone')
                    : t('segments.k.gapDiffers', { k: num.whole(run.gapK) })}
              </List.Item>
            ) : null}
            {run.seedAgreement !== null ? (
              <List.Item icon={<Icon ok={run.seedAgreement >= SEEDS_AGREE} />} data-testid="seed-agreement">
                {t(run.seedAgreement >= SEEDS_AGREE ? 'segments.k.seedsAgree' : 'segments.k.seedsDiffer', {
                  value: num.two(run.seedAgreement),
                })}
              </List.Item>
            ) : null}
            {run.removedSmall.length > 0 ? (
              <List.Item icon={<Icon ok={false} info />} data-testid="removed-small">
                {t('segments.k.removed', {
                  count: run.removedSmall.length,
                  sizes: num.list(run.removedSmall.map((r) => num.whole(r.size))),
                  share: num.percent(run.options.minShare),
                })}
              </List.Item>
            ) : null}
            {run.requestedK !== run.k && !auto ? (
              <List.Item icon={<Icon ok={false} info />}>{t('segments.k.fewer', { k: num.whole(run.requestedK) })}</List.Item>
            ) : null}
          </List>
        </Group>
      </Stack>
    </Paper>
  )
}

function Icon({ ok, info }: { ok: boolean; info?: boolean }) {
  if (info)
    return (
      <ThemeIcon size={20} radius="xl" variant="light" color="gray">
        <IconInfoCircle size={13} />
      </ThemeIcon>
    )
  return (
    <ThemeIcon size={20} radius="xl" variant="light" color={ok ? 'teal' : 'yellow'}>
      {ok ? <IconCheck size={13} /> : <IconAlertTriangle size={13} />}
    </ThemeIcon>
  )
}
