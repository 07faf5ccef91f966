import { Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SegmentExplanation } from '../../../../../shared/contract/segments'
import { UNDERSERVED } from '../NeedBars'
import { useNumbers } from '../useNumbers'
import { CompareRow } from './CompareRow'
import { Legend } from './Legend'
import { Section } from './Section'

/** What sets the segment apart (lift) and what is unmet within it (opportunity), each against everyone. */
export function NeedsSections({ explanation }: { explanation: SegmentExplanation }) {
  const { t } = useTranslation()
  const num = useNumbers()
  const lifted = explanation.topNeedsByLift.slice(0, 6)
  const opportunities = explanation.opportunities.slice(0, 8)
  return (
    <>
      <Section title={t('segments.detail.liftTitle')} hint={t('segments.detail.liftHint')} legend={<Legend />}>
        {lifted.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('segments.detail.noLift')}
          </Text>
        ) : (
          <Stack gap={8} role="list" data-testid="needs-by-lift">
            {lifted.map((n) => (
              <CompareRow
                key={n.codeId}
                label={n.code}
                segment={n.segmentShare}
                everyone={n.overallShare}
                max={1}
                value={t('segments.card.times', { value: num.one(n.lift ?? 0) })}
                description={t('segments.detail.shareVs', { segment: num.percent(n.segmentShare), everyone: num.percent(n.overallShare) })}
                strong={(n.lift ?? 0) >= 1.5}
              />
            ))}
          </Stack>
        )}
      </Section>
      <Section
        title={t('segments.detail.opportunityTitle')}
        hint={t('segments.detail.opportunityHint', { threshold: num.whole(UNDERSERVED) })}
        legend={<Legend />}
      >
        {opportunities.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('segments.detail.noRatings')}
          </Text>
        ) : (
          <Stack gap={8} role="list" data-testid="opportunities">
            {opportunities.map((n) => (
              <CompareRow
                key={n.codeId}
                label={n.code}
                segment={n.opportunity ?? 0}
                everyone={n.overallOpportunity}
                max={20}
                value={num.one(n.opportunity ?? 0)}
                description={t('segments.detail.opportunityVs', {
                  segment: num.one(n.opportunity ?? 0),
                  everyone: n.overallOpportunity === null ? '—' : num.one(n.overallOpportunity),
                })}
                strong={(n.opportunity ?? 0) >= UNDERSERVED}
              />
            ))}
          </Stack>
        )}
      </Section>
    </>
  )
}
