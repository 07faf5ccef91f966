/**
 * The breadcrumbs put on the card from the Breadcrumbs screen (or the CLI): each as the sentence
 * the card prints, with its counts, and a way to take it off the card. They are facts from the
 * event log, not members' words, so they sit apart from the quotes.
 */
import { ActionIcon, Text, Tooltip, Group } from '@mantine/core'
import { IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { EditorPanel } from './EditorPanel'
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
    <EditorPanel title={t('crumbPersona.onCard')} hint={t('crumbPersona.onCardHint')} testId="persona-breadcrumb-facts">
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
    </EditorPanel>
  )
}
