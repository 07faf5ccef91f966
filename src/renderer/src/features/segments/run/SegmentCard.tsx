import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core'
import { IconListDetails } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { NeedScore, StabilityBadge as Verdict } from '../../../../../shared/contract/segments'
import { NeedBars } from '../NeedBars'
import classes from '../Segments.module.css'
import { StabilityBadge } from '../StabilityBadge'
import { useNumbers } from '../useNumbers'

interface Props {
  name: string
  onRename(name: string): void
  /** Saved segments store the name when the field is left (or Enter is pressed). */
  onCommit?(): void
  size: number
  share: number
  stability: number | null
  badge: Verdict | null
  topNeeds: NeedScore[]
  /** Survey answers: what sets the segment apart ("agrees with …: 89% vs 36% overall"). */
  traits?: string[]
  /** Only a saved segment can be explained (the explanation is computed from stored members). */
  onExplain?(): void
}

export function SegmentCard({ name, onRename, onCommit, size, share, stability, badge, topNeeds, traits, onExplain }: Props) {
  const { t } = useTranslation()
  const num = useNumbers()
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-label={name} data-testid="segment-card">
      <Stack gap="sm" h="100%">
        <Textarea
          autosize
          minRows={1}
          variant="unstyled"
          className={classes.nameInput}
          aria-label={t('segments.card.name')}
          value={name}
          onChange={(e) => onRename(e.currentTarget.value)}
          onBlur={onCommit}
          onKeyDown={(e) => {
            // A name is one line: Enter commits it instead of breaking the line.
            if (e.key === 'Enter') {
              e.preventDefault()
              e.currentTarget.blur()
            }
          }}
          dir="auto"
        />
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text size="sm" c="dimmed">
            {t('segments.card.size', { count: size, n: num.whole(size), share: num.percent(share) })}
          </Text>
          <StabilityBadge badge={badge} stability={stability} />
        </Group>
        {/* A run on survey answers alone has no needs to rank: its traits say what sets it apart instead of "No need stands out". */}
        {topNeeds.length || !traits?.length ? <NeedBars needs={topNeeds} /> : null}
        {traits?.length ? (
          <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('segmentAnswers.traits')}>
            {traits.map((trait) => (
              <Text key={trait} component="li" size="xs" dir="auto">
                {trait}
              </Text>
            ))}
          </Stack>
        ) : null}
        {onExplain ? (
          <Button mt="auto" variant="light" size="xs" leftSection={<IconListDetails size={14} />} onClick={onExplain}>
            {t('segments.card.explain')}
          </Button>
        ) : null}
      </Stack>
    </Paper>
  )
}
