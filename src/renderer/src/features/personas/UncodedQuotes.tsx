/**
 * The members' own words drafting put on the card before anyone coded them: each marked "uncoded",
 * with who said it and to what question, and two choices: keep it (drafting again will not swap it
 * out) or replace it with the next most representative member's words.
 */
import { Badge, Button, Group, Text } from '@mantine/core'
import { IconPin, IconPinFilled, IconRefresh } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { EditorPanel } from './EditorPanel'
import type { UncodedQuote } from '../../../../shared/persona/content'

interface Props {
  quotes: UncodedQuote[]
  onAction(ref: string, action: 'keep' | 'unkeep' | 'replace'): void
}

export function UncodedQuotes({ quotes, onAction }: Props) {
  const { t } = useTranslation()
  if (!quotes.length) return null
  return (
    <EditorPanel title={t('personaQuotes.title')} hint={t('personaQuotes.hint')} testId="uncoded-quotes">
      {quotes.map((q) => (
        <Group key={q.ref} gap="xs" wrap="nowrap" align="flex-start" justify="space-between" data-testid="uncoded-quote">
          <div>
            <Text size="sm" dir="auto">
              “{q.text}”
            </Text>
            <Group gap={6} mt={2}>
              <Badge size="xs" variant="outline" color="gray">
                {t('personaQuotes.uncoded')}
              </Badge>
              <Text size="xs" c="dimmed" dir="auto">
                {[q.participant, q.question].filter(Boolean).join(' · ')}
              </Text>
            </Group>
          </div>
          <Group gap={4} wrap="nowrap">
            <Button
              size="compact-xs"
              variant={q.kept ? 'filled' : 'default'}
              aria-pressed={q.kept}
              leftSection={q.kept ? <IconPinFilled size={12} /> : <IconPin size={12} />}
              onClick={() => onAction(q.ref, q.kept ? 'unkeep' : 'keep')}
            >
              {q.kept ? t('personaQuotes.kept') : t('personaQuotes.keep')}
            </Button>
            <Button
              size="compact-xs"
              variant="default"
              leftSection={<IconRefresh size={12} />}
              aria-label={t('personaQuotes.replaceNamed', { participant: q.participant })}
              onClick={() => onAction(q.ref, 'replace')}
            >
              {t('personaQuotes.replace')}
            </Button>
          </Group>
        </Group>
      ))}
    </EditorPanel>
  )
}
