import { Center, Drawer, Group, Loader, Paper, SimpleGrid, Stack, Text, Title, useDirection } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SegmentExplanation } from '../../../../../shared/contract/segments'
import { StabilityBadge } from '../StabilityBadge'
import { useNumbers } from '../useNumbers'
import { AttributeSection } from './AttributeSection'
import { NeedsSections } from './NeedsSections'
import { Representatives } from './Representatives'
import { UrgencySection } from './UrgencySection'
import { useExplanation } from './useExplanation'

/**
 * A segment explained for a strategist with ten seconds: who (size), what they need more than
 * anyone (lift), what is unmet (opportunity), how urgent, and their own words.
 */
export function SegmentDetail({ segmentId, onClose }: { segmentId: number | null; onClose(): void }) {
  const { t } = useTranslation()
  const { dir } = useDirection()
  const explanation = useExplanation(segmentId)
  return (
    <Drawer
      opened={segmentId !== null}
      onClose={onClose}
      position={dir === 'rtl' ? 'left' : 'right'}
      size="min(1000px, 100%)"
      title={explanation ? null : t('segments.detail.loading')}
      closeButtonProps={{ 'aria-label': t('segments.detail.close') }}
    >
      {explanation ? (
        <Body explanation={explanation} />
      ) : (
        <Center h={200}>
          <Loader />
        </Center>
      )}
    </Drawer>
  )
}

function Body({ explanation: e }: { explanation: SegmentExplanation }) {
  const { t } = useTranslation()
  const num = useNumbers()
  const topUnmet = e.opportunities.find((n) => (n.opportunity ?? 0) > 0)
  return (
    <Stack gap="md" data-testid="segment-detail">
      <Stack gap={4}>
        <Group gap="sm" align="center">
          <Title order={2} size="h3" dir="auto">
            {e.segment.name}
          </Title>
          {e.segment.method !== 'rule' ? <StabilityBadge badge={e.segment.badge} stability={e.segment.stability} /> : null}
        </Group>
        {e.suggestedName && e.suggestedName !== e.segment.name ? (
          <Text size="sm" c="dimmed" dir="auto">
            {t('segments.detail.suggested', { name: e.suggestedName })}
          </Text>
        ) : null}
      </Stack>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <Stat
          label={t('segments.detail.size')}
          value={num.percent(e.share)}
          sub={t('segments.detail.sizeOf', { n: num.whole(e.size), base: num.whole(e.base) })}
        />
        <Stat
          label={t('segments.detail.deadlines')}
          value={num.percent(e.urgency.deadlineShare)}
          sub={t('segments.detail.everyoneShare', { share: num.percent(e.urgency.overallDeadlineShare) })}
        />
        <Stat
          label={topUnmet ? t('segments.detail.topUnmet') : t('segments.detail.emergencies')}
          value={topUnmet ? num.one(topUnmet.opportunity ?? 0) : num.percent(e.urgency.emergencyShare)}
          sub={topUnmet ? topUnmet.code : t('segments.detail.everyoneShare', { share: num.percent(e.urgency.overallEmergencyShare) })}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Stack gap="md">
          <NeedsSections explanation={e} />
        </Stack>
        <Stack gap="md">
          <UrgencySection urgency={e.urgency} />
          <AttributeSection attributes={e.attributes} />
        </Stack>
      </SimpleGrid>
      <Representatives people={e.representatives} />
    </Stack>
  )
}

function Stat({ label, value, sub }: { label: string; value: string; sub: string }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text fz={26} fw={650} lh={1.25}>
        {value}
      </Text>
      <Text size="xs" c="dimmed" truncate dir="auto" title={sub}>
        {sub}
      </Text>
    </Paper>
  )
}
