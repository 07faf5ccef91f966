import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconHistory } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { baseName } from '../../app/paths'

export interface DamagedProject {
  path: string
  /** The service's sentence: names the file and what is wrong with it. */
  message: string
  newestBackup: string
}

interface Props {
  damaged: DamagedProject | null
  busy: boolean
  onRestore(): void
  onCancel(): void
}

export function RestoreBackupModal({ damaged, busy, onRestore, onCancel }: Props) {
  const { t } = useTranslation()
  return (
    <Modal opened={damaged !== null} onClose={onCancel} title={t('errors.title.corrupt')} centered size="lg">
      {damaged ? (
        <Stack gap="md">
          <Alert color="red" icon={<IconAlertTriangle size={18} />}>
            <Text size="sm" dir="auto">
              {damaged.message}
            </Text>
          </Alert>
          <Text size="sm">{t('errors.restoreIntro', { name: baseName(damaged.newestBackup) })}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onCancel}>
              {t('actions.cancel')}
            </Button>
            <Button leftSection={<IconHistory size={16} />} loading={busy} onClick={onRestore}>
              {t('actions.restoreBackup')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  )
}
