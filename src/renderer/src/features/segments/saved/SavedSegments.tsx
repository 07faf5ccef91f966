import { ActionIcon, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title, Tooltip } from '@mantine/core'
import { IconListDetails, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RunSummary, SegmentSummary } from '../../../../../shared/contract/segments'
import { useFormat } from '../../../i18n/format'
import { KChoice } from '../run/KChoice'
import { SegmentCard } from '../run/SegmentCard'
import classes from '../Segments.module.css'
import { StabilityBadge } from '../StabilityBadge'
import { useNumbers } from '../useNumbers'

interface Props {
  segments: SegmentSummary[]
  onExplain(id: number): void
  onRename(id: number, name: string): void
  onDelete(id: number): void
}

/** The saved run as the strategist will see it (cards, why this k) and every other saved segment in a table. */
export function SavedSegments({ segments, onExplain, onRename, onDelete }: Props) {
  const { t } = useTranslation()
  const num = useNumbers()
  const format = useFormat()
  const [drafts, setDrafts] = useState<Record<number, string>>({})
  const runSegments = segments
    .filter((s) => s.definition.kind === 'run')
    .sort((a, b) => (a.definition.kind === 'run' && b.definition.kind === 'run' ? a.definition.index - b.definition.index : 0))
  // Older runs' segments that personas are built on are kept when a new run is saved: only the newest run gets cards.
  const newest = runSegments.reduce<SegmentSummary | null>((a, s) => (!a || s.createdAt > a.createdAt ? s : a), null)
  const latestRun = newest?.runId ?? null
  const current = runSegments.filter((s) => s.runId === latestRun)
  const others = segments.filter((s) => !current.includes(s))
  const first = current[0]
  const summary: RunSummary | null =
    first && first.definition.kind === 'run'
      ? { ...first.definition, runId: first.runId ?? '', removedSmall: [], merges: null, elapsedMs: 0 }
      : null

  if (segments.length === 0)
    return (
      <Paper withBorder radius="md" p="xl" ta="center">
        <Text c="dimmed">{t('segments.saved.empty')}</Text>
      </Paper>
    )

  const commit = (s: SegmentSummary) => {
    const name = drafts[s.id]?.trim()
    if (name && name !== s.name) onRename(s.id, name)
  }

  return (
    <Stack gap="lg" data-testid="saved-segments">
      {summary ? (
        <Stack gap="md">
          <Group justify="space-between" align="baseline">
            <Title order={2} size="h4">
              {t('segments.saved.runTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('segments.saved.savedOn', {
                date: format.dateTime(first!.createdAt),
                method: t(`segments.method.${summary.options.method}`),
              })}
            </Text>
          </Group>
          <KChoice run={summary} />
          <SimpleGrid cols={{ base: 1, sm: 2, xl: 3 }} spacing="md">
            {current.map((s) => (
              <SegmentCard
                key={s.id}
                name={drafts[s.id] ?? s.name}
                onRename={(name) => setDrafts((d) => ({ ...d, [s.id]: name }))}
                onCommit={() => commit(s)}
                size={s.size}
                share={s.share}
                stability={s.stability}
                badge={s.badge}
                topNeeds={s.definition.kind === 'run' ? s.definition.topNeeds : []}
                traits={s.definition.kind === 'run' ? s.definition.traits : undefined}
                onExplain={() => onExplain(s.id)}
              />
            ))}
          </SimpleGrid>
        </Stack>
      ) : null}

      {others.length > 0 ? (
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('segments.saved.othersTitle')}
          </Title>
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" highlightOnHover aria-label={t('segments.saved.othersTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('segments.saved.name')}</Table.Th>
                  <Table.Th>{t('segments.saved.kind')}</Table.Th>
                  <Table.Th className={classes.num}>{t('segments.saved.size')}</Table.Th>
                  <Table.Th>{t('segments.saved.stability')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {others.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      <Text size="sm" fw={500} dir="auto">
                        {s.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={s.method === 'rule' ? 'grape' : 'petrol'}>
                        {t(`segments.saved.method.${s.method}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td className={classes.num}>
                      {num.whole(s.size)} · {num.percent(s.share)}
                    </Table.Td>
                    <Table.Td>{s.method === 'rule' ? '—' : <StabilityBadge badge={s.badge} stability={s.stability} />}</Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Tooltip label={t('segments.card.explain')}>
                          <ActionIcon
                            variant="subtle"
                            aria-label={t('segments.card.explainNamed', { name: s.name })}
                            onClick={() => onExplain(s.id)}
                          >
                            <IconListDetails size={16} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('segments.saved.delete')}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('segments.saved.deleteNamed', { name: s.name })}
                            onClick={() => onDelete(s.id)}
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      ) : null}
    </Stack>
  )
}
