import { Avatar, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { passageDir } from '../../../i18n/passageDir'
import type { SegmentExplanation } from '../../../../../shared/contract/segments'
import classes from '../Segments.module.css'
import { Section } from './Section'

/** The participants nearest the segment's centre, in their own words: the evidence a persona will quote. */
export function Representatives({ people }: { people: SegmentExplanation['representatives'] }) {
  const { t } = useTranslation()
  if (people.length === 0) return null
  return (
    <Section title={t('segments.detail.representativesTitle')} hint={t('segments.detail.representativesHint')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" data-testid="representatives">
        {people.slice(0, 6).map((p) => (
          <Paper key={p.participantId} withBorder radius="md" p="sm" bg="var(--mantine-color-default-hover)">
            <Stack gap="xs">
              <Group gap="xs" wrap="nowrap">
                <Avatar size="sm" radius="xl" color="petrol" name={p.name || p.label} />
                <Stack gap={0} miw={0}>
                  <Text size="sm" fw={600} truncate dir="auto">
                    {p.name || p.label}
                  </Text>
                  {p.name && p.name !== p.label ? (
                    <Text size="xs" c="dimmed" truncate>
                      <bdi>{p.label}</bdi>
                    </Text>
                  ) : null}
                </Stack>
              </Group>
              {p.quotes.length === 0 ? (
                <Text size="xs" c="dimmed">
                  {t('segments.detail.noQuotes')}
                </Text>
              ) : (
                p.quotes.slice(0, 2).map((q, i) => (
                  <Stack key={q.highlightId ?? `${q.documentId}-${i}`} gap={2}>
                    <blockquote className={classes.quote} dir={passageDir(q.text)}>
                      {q.text}
                    </blockquote>
                    <Text size="xs" c="dimmed" dir="auto" ps="sm">
                      {q.context}
                    </Text>
                  </Stack>
                ))
              )}
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </Section>
  )
}
