import { Button, Group, List, Modal, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { baseName } from '../../app/paths'

/** Merging changes this project in one step, so the researcher sees what will happen first. */
export function MergeConfirmModal({
  path,
  projectName,
  onConfirm,
  onCancel,
}: {
  path: string | null
  projectName: string
  onConfirm(): void
  onCancel(): void
}) {
  const { t } = useTranslation()
  return (
    <Modal opened={path !== null} onClose={onCancel} title={t('team.merge.confirmTitle')} centered size="md">
      <Stack gap="sm">
        <Text size="sm">{t('team.merge.confirmBody', { file: path ? baseName(path) : '', project: projectName })}</Text>
        <List size="sm" spacing={4}>
          <List.Item>{t('team.merge.ruleMatch')}</List.Item>
          <List.Item>{t('team.merge.ruleKeep')}</List.Item>
          <List.Item>{t('team.merge.ruleOnce')}</List.Item>
        </List>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button onClick={onConfirm}>{t('team.merge.confirm')}</Button>
        </Group>
      </Stack>
    </Modal>
  )
}
