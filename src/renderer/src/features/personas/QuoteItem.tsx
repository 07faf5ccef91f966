/** One quote backing a section: its words (one click opens it in its document), who said it and where. */
import { ActionIcon, Group, Text, Tooltip, UnstyledButton } from '@mantine/core'
import { IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { passageDir } from '../../i18n/passageDir'
import classes from './Editor.module.css'

interface Props {
  text: string
  participant: string | null
  where: string
  onOpen(): void
  onRemove?(): void
}

export function QuoteItem({ text, participant, where, onOpen, onRemove }: Props) {
  const { t } = useTranslation()
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" className={classes.quote} data-testid="evidence-quote">
      <UnstyledButton className={classes.quoteOpen} onClick={onOpen} title={t('personas.evidence.open')}>
        <Text size="sm" className={classes.quoteText} dir={passageDir(text)} lineClamp={3}>
          “{text.trim()}”
        </Text>
        <Text size="xs" c="dimmed" dir="auto">
          {[participant, where].filter(Boolean).join(' · ')}
        </Text>
      </UnstyledButton>
      {onRemove ? (
        <Tooltip label={t('personas.evidence.detach')}>
          <ActionIcon size="sm" variant="subtle" color="gray" aria-label={t('personas.evidence.detach')} onClick={onRemove}>
            <IconX size={14} />
          </ActionIcon>
        </Tooltip>
      ) : null}
    </Group>
  )
}
