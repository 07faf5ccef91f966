import { Badge, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { passageDir } from '../../../i18n/passageDir'
import type { SegmentExplanation } from '../../../../../shared/contract/segments'
import { useFormat } from '../../../i18n/format'
import classes from '../Segments.module.css'
import { useNumbers } from '../useNumbers'
import { CompareRow } from './CompareRow'
import { Legend } from './Legend'
import { Section } from './Section'

/** How pressed the segment is: deadlines and emergencies against everyone, and the nearest deadlines in their own words. */
export function UrgencySection({ urgency }: { urgency: SegmentExplanation['urgency'] }) {
  const { t } = useTranslation()
  const num = useNumbers()
  const format = useFormat()
  const rows = [
    { key: 'deadlines', segment: urgency.deadlineShare, everyone: urgency.overallDeadlineShare },
    { key: 'emergencies', segment: urgency.emergencyShare, everyone: urgency.overallEmergencyShare },
  ] as const
  return (
    <Section title={t('segments.detail.urgencyTitle')} legend={<Legend />}>
      <Stack gap={8} role="list" data-testid="urgency">
        {rows.map((r) => (
          <CompareRow
            key={r.key}
            label={t(`segments.detail.${r.key}`)}
            segment={r.segment}
            everyone={r.everyone}
            max={1}
            value={num.percent(r.segment)}
            description={t('segments.detail.shareVs', { segment: num.percent(r.segment), everyone: num.percent(r.everyone) })}
            strong={r.segment > r.everyone}
          />
        ))}
      </Stack>
      {urgency.nearestDeadlines.length > 0 ? (
        <Stack gap="xs" mt={4}>
          <Text size="xs" fw={600} c="dimmed">
            {t('segments.detail.nearestDeadlines')}
          </Text>
          {urgency.nearestDeadlines.slice(0, 4).map((d) => (
            <Stack key={d.highlightId} gap={2}>
              <Group gap={6}>
                <Badge size="sm" variant="light" color={d.past ? 'gray' : 'red'}>
                  {format.date(d.dueDate)}
                </Badge>
                {d.past ? (
                  <Text size="xs" c="dimmed">
                    {t('segments.detail.past')}
                  </Text>
                ) : null}
                <Text size="xs" fw={500} dir="auto">
                  {d.participant}
                </Text>
              </Group>
              <blockquote className={classes.quote} dir={passageDir(d.quote)}>
                {d.quote}
              </blockquote>
            </Stack>
          ))}
        </Stack>
      ) : null}
    </Section>
  )
}
