/**
 * The breadcrumbs put on the card from the Breadcrumbs screen (or the CLI): each as the sentence
 * the card prints, with its counts, and a way to take it off the card. They are facts from the
 * event log, not members' words, so they sit apart from the quotes.
 */
import { ActionIcon, Paper, Stack, Text, Tooltip, Group } from '@mantine/core'
import { IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { breadcrumbFactCounts, breadcrumbFactSentence } from '../../../../shared/persona/breadcrumbFacts'
import type { BreadcrumbFact, PersonaLanguage } from '../../../../shared/persona/content'

interface Props {
  facts: BreadcrumbFact[]
  language: PersonaLanguage
  onRemove(key: string): void
}

export function BreadcrumbFacts({ facts, language, onRemove }: Props) {
  const { t } = useTranslation()
  if (!facts.length) return null
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-label={t('crumbPersona.onCard')} data-testid="persona-breadcrumb-facts">
      <Stack gap="xs">
        <div>
          <Text fw={600} size="sm">
            {t('crumbPersona.onCard')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('crumbPersona.onCardHint')}
          </Text>
        </div>
        {facts.map((f) => (
          <Group key={f.key} gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
            <div>
              <Text size="sm" dir="auto">
                {breadcrumbFactSentence(f, language)}
              </Text>
              <Text size="xs" c="dimmed" dir="auto">
                {breadcrumbFactCounts(f, language)}
              </Text>
            </div>
            <Tooltip label={t('crumbPersona.remove', { label: f.label })}>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('crumbPersona.remove', { label: f.label })}
                onClick={() => onRemove(f.key)}
              >
                <IconX size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        ))}
      </Stack>
    </Paper>
  )
}
