import { Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SegmentExplanation } from '../../../../../shared/contract/segments'
import { useNumbers } from '../useNumbers'
import { CompareRow } from './CompareRow'
import { Legend } from './Legend'
import { Section } from './Section'

/** Who they are, only where it differs from everyone: the profile follows the needs, it does not define the segment. */
export function AttributeSection({ attributes }: { attributes: SegmentExplanation['attributes'] }) {
  const { t } = useTranslation()
  const num = useNumbers()
  const shown = attributes.slice(0, 6)
  return (
    <Section title={t('segments.detail.attributesTitle')} hint={t('segments.detail.attributesHint')} legend={<Legend />}>
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('segments.detail.noAttributes')}
        </Text>
      ) : (
        <Stack gap={8} role="list" data-testid="attributes">
          {shown.map((a) => (
            <CompareRow
              key={`${a.attribute}=${a.value}`}
              label={t('segments.detail.attributeValue', { attribute: a.attribute, value: a.value })}
              segment={a.segmentShare}
              everyone={a.overallShare}
              max={1}
              value={num.percent(a.segmentShare)}
              description={t('segments.detail.shareVs', { segment: num.percent(a.segmentShare), everyone: num.percent(a.overallShare) })}
              strong={a.difference > 0}
            />
          ))}
        </Stack>
      )}
    </Section>
  )
}
