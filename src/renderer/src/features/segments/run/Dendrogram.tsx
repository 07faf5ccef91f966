import { Paper, Stack, Text, Title, useDirection } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Merge } from './dendrogramLayout'
import { layoutDendrogram } from './dendrogramLayout'
import { ChartTable } from '../../charts/ChartTable'
import { useNumbers } from '../useNumbers'

const W = 720
const H = 220
const PAD = 12

/**
 * The hierarchical run's tree, drawn as SVG (no chart library draws dendrograms), with the cut
 * that gives the chosen k. Mirrored in right-to-left reading so the tree reads from the start side.
 */
export function Dendrogram({ merges, k }: { merges: Merge[]; k: number }) {
  const { t } = useTranslation()
  const { dir } = useDirection()
  const num = useNumbers()
  const layout = useMemo(() => layoutDendrogram(merges, k), [merges, k])
  const sx = (x: number) => {
    const v = PAD + (layout.leaves <= 1 ? 0.5 : x / (layout.leaves - 1)) * (W - 2 * PAD)
    return dir === 'rtl' ? W - v : v
  }
  const sy = (y: number) => H - PAD - (y / layout.maxHeight) * (H - 2 * PAD)
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('segments.dendrogram.title')}>
      <Stack gap={4}>
        <Title order={3} size="h5">
          {t('segments.dendrogram.title')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('segments.dendrogram.hint')}
        </Text>
        <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={t('segments.dendrogram.title')} data-testid="dendrogram">
          <g stroke="var(--mantine-color-petrol-6)" strokeWidth={1} fill="none">
            {layout.links.map((l, i) => (
              <path key={i} d={`M${sx(l.x1)},${sy(l.y1)}V${sy(l.y)}H${sx(l.x2)}V${sy(l.y2)}`} />
            ))}
          </g>
          {layout.cut !== null ? (
            <line
              x1={PAD}
              x2={W - PAD}
              y1={sy(layout.cut)}
              y2={sy(layout.cut)}
              stroke="var(--mantine-color-red-6)"
              strokeDasharray="5 4"
              strokeWidth={1.2}
            />
          ) : null}
        </svg>
        <ChartTable
          id="dendrogram"
          caption={t('segments.dendrogram.title')}
          columns={[
            { label: t('chartTables.step') },
            { label: t('chartTables.size'), numeric: true },
            { label: t('chartTables.height'), numeric: true },
            { label: t('chartTables.aboveCut') },
          ]}
          rows={merges.map((m, i) => ({
            key: String(i),
            cells: [
              num.whole(i + 1),
              num.whole(m.size),
              num.two(m.height),
              layout.cut !== null && m.height > layout.cut ? t('chartTables.yes') : '',
            ],
          }))}
        />
      </Stack>
    </Paper>
  )
}
