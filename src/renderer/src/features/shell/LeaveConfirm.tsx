import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigation } from '../../app/navigation'

/**
 * Asks before leaving a screen whose work is not saved (useLeaveGuard). Staying is the default
 * and what Esc does: losing a long run is the costly answer, so it must be chosen.
 */
export function LeaveConfirm() {
  const { t } = useTranslation()
  const { leaving, confirmLeave, stay } = useNavigation()
  return (
    <Modal opened={leaving !== null} onClose={stay} title={t('leaveGuard.title')} centered>
      <Stack gap="md">
        <Text size="sm">{t('leaveGuard.body')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" color="red" onClick={confirmLeave} data-testid="leave-discard">
            {t('leaveGuard.leave')}
          </Button>
          <Button onClick={stay} data-autofocus data-testid="leave-stay">
            {t('leaveGuard.stay')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
