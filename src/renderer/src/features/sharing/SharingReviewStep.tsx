import { Anchor, Checkbox, Group, ScrollArea, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SharingReview } from '../../../../shared/contract/interop'

/**
 * The review step of an anonymised copy: which attributes identify people (names, accounts,
 * companies and contacts are ticked by default), and which of the other names found in the text
 * are replaced. Nothing is written until the researcher presses Export.
 */
export function SharingReviewStep({
  review,
  identifying,
  onIdentifying,
  masked,
  onMasked,
}: {
  review: SharingReview
  identifying: Set<string>
  onIdentifying(next: Set<string>): void
  masked: Set<string>
  onMasked(next: Set<string>): void
}) {
  const { t } = useTranslation()
  const names = review.detected.filter((d) => d.kind === 'name')
  const contacts = review.detected.filter((d) => d.kind !== 'name')
  const flip = (set: Set<string>, key: string) => {
    const next = new Set(set)
    if (next.has(key)) next.delete(key)
    else next.add(key)
    return next
  }
  return (
    <Stack gap="sm" data-testid="sharing-review">
      <Text size="sm" fw={600}>
        {t('sharingReview.title')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('sharingReview.always')}
      </Text>
      <Checkbox.Group
        label={t('sharingReview.attributes')}
        description={t('sharingReview.attributesHelp')}
        value={[...identifying]}
        onChange={(v) => onIdentifying(new Set(v))}
      >
        {review.attributes.length === 0 ? (
          <Text size="sm" c="dimmed" mt={4}>
            {t('sharingReview.noAttributes')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={140} type="auto" mt={6}>
            <Stack gap={4}>
              {review.attributes.map((a) => (
                <Checkbox key={a.id} value={a.name} size="xs" label={<bdi>{a.name}</bdi>} />
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Checkbox.Group>
      <Stack gap={4}>
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={500} id="detected-names-label">
            {t('sharingReview.detected')}
          </Text>
          {names.length > 0 ? (
            <Group gap="xs">
              <Anchor component="button" type="button" size="xs" onClick={() => onMasked(new Set(names.map((n) => n.text)))}>
                {t('sharingReview.all')}
              </Anchor>
              <Anchor component="button" type="button" size="xs" onClick={() => onMasked(new Set())}>
                {t('sharingReview.none')}
              </Anchor>
            </Group>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed">
          {t('sharingReview.detectedHelp')}
        </Text>
        {names.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('sharingReview.noDetected')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={220} type="auto">
            <Stack gap={4} role="group" aria-labelledby="detected-names-label" data-testid="detected-names">
              {names.map((n) => (
                <Checkbox
                  key={n.text}
                  size="xs"
                  checked={masked.has(n.text)}
                  onChange={() => onMasked(flip(masked, n.text))}
                  label={
                    <Text size="sm" span>
                      <bdi>{n.text}</bdi>{' '}
                      <Text span size="xs" c="dimmed">
                        · {t('sharingReview.times', { count: n.count })} · <bdi dir="auto">{n.context}</bdi>
                      </Text>
                    </Text>
                  }
                />
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
        {contacts.length > 0 ? (
          <Text size="xs" c="dimmed">
            {t('sharingReview.contacts', { count: contacts.reduce((n, c) => n + c.count, 0) })}
          </Text>
        ) : null}
      </Stack>
    </Stack>
  )
}
