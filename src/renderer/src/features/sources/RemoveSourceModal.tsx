import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SourceRow } from '../../../../shared/domain'
import { useFormat } from '../../i18n/format'
import { notifyError, notifySuccess } from '../errors/notifyError'
import { removeSource } from './sourceQueries'

/** Removing a source takes its documents, highlights and ratings with it, so it says so and asks first. */
export function RemoveSourceModal({ source, onClose, onRemoved }: { source: SourceRow | null; onClose(): void; onRemoved(): void }) {
  const { t } = useTranslation()
  const format = useFormat()
  const [busy, setBusy] = useState(false)
  async function remove() {
    if (!source) return
    setBusy(true)
    try {
      await removeSource(source.id)
      notifySuccess(t('sources.remove.done', { name: source.name }))
      onRemoved()
    } catch (err) {
      notifyError(t, err)
    } finally {
      setBusy(false)
      onClose()
    }
  }
  return (
    <Modal opened={source !== null} onClose={onClose} title={t('sources.remove.title')} centered>
      {source ? (
        <Stack gap="md">
          <Text size="sm">{t('sources.remove.body', { name: source.name, documents: format.number(source.documents) })}</Text>
          <Text size="sm" c="dimmed">
            {t('sources.remove.noUndo')}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('import.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void remove()}>
              {t('sources.remove.confirm')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  )
}
