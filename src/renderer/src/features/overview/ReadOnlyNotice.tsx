import { Alert } from '@mantine/core'
import { IconLock } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ProjectSummary } from '../../../../shared/domain'
import { useFormat } from '../../i18n/format'

/** Says who holds the project, so the researcher knows whom to ask, and how to work on anyway. */
export function ReadOnlyNotice({ project }: { project: ProjectSummary }) {
  const { t } = useTranslation()
  const format = useFormat()
  const holder = project.lockedBy
  return (
    <Alert color="orange" variant="light" icon={<IconLock size={18} />} title={t('overview.readOnly')} data-testid="read-only">
      {holder ? t('overview.lockedBy', { user: holder.user, host: holder.host, since: format.dateTime(holder.since) }) : t('overview.readOnlyNoHolder')}
    </Alert>
  )
}
