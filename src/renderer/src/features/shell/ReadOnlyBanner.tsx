import { Alert, Button, Group, Text } from '@mantine/core'
import { IconCopy, IconLock } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useAppState } from '../../app/appState'
import { useFormat } from '../../i18n/format'
import { useWorkOnCopy } from '../sharing/useWorkOnCopy'

/**
 * Shown above every screen while the project is open read-only: who holds it, since when, and
 * the way to work anyway (a copy). Editing actions still fail with the service's own message;
 * this says why before the researcher tries.
 */
export function ReadOnlyBanner() {
  const { t } = useTranslation()
  const format = useFormat()
  const project = useAppState().state?.project ?? null
  const { busy, workOnCopy } = useWorkOnCopy()
  if (!project?.readOnly) return null
  const holder = project.lockedBy
  return (
    <Alert color="orange" variant="light" icon={<IconLock size={18} />} mb="lg" p="sm" data-testid="read-only-banner" role="status">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <div style={{ flex: '1 1 20rem', minInlineSize: 0 }}>
          <Text fw={600} size="sm">
            {t('sharing.readOnly.title')}
          </Text>
          <Text size="sm">
            {holder
              ? t('sharing.readOnly.heldBy', { user: holder.user, host: holder.host, since: format.dateTime(holder.since) })
              : t('sharing.readOnly.noHolder')}{' '}
            {t('sharing.readOnly.needCopy')}
          </Text>
        </div>
        <Button
          size="xs"
          variant="white"
          color="orange"
          leftSection={<IconCopy size={14} />}
          loading={busy}
          onClick={() => void workOnCopy()}
        >
          {t('sharing.readOnly.saveCopy')}
        </Button>
      </Group>
    </Alert>
  )
}
