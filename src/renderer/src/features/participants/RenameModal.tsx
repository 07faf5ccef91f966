import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ParticipantRow } from '../../../../shared/contract/participants'

/** Gives a participant the researcher's name for them; an empty name shows the imported label again. */
export function RenameModal({
  person,
  onClose,
  onRename,
}: {
  person: ParticipantRow | null
  onClose(): void
  onRename(name: string): void
}) {
  const { t } = useTranslation()
  const [name, setName] = useState('')
  useEffect(() => setName(person?.displayName ?? ''), [person])
  function submit(e: FormEvent) {
    e.preventDefault()
    onRename(name.trim())
  }
  return (
    <Modal opened={person !== null} onClose={onClose} title={t('participants.renameTitle')} centered>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('participants.importedAs', { label: person?.label ?? '' })}
          </Text>
          <TextInput
            label={t('participants.name')}
            placeholder={person?.label}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            data-autofocus
            dir="auto"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('import.cancel')}
            </Button>
            <Button type="submit">{t('participants.rename')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
