import { Alert, Button, Group, Text } from '@mantine/core'
import { IconGitMerge, IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useLoadedState } from '../../app/appState'
import { describeError } from '../errors/describeError'
import { MergeConfirmModal } from './MergeConfirmModal'
import { MergeReportView } from './MergeReportView'
import { SectionCard } from './SectionCard'
import { useMerge } from './useMerge'

export function MergeSection() {
  const { t } = useTranslation()
  const { project } = useLoadedState()
  const merge = useMerge()
  const shown = merge.error ? describeError(t, merge.error) : null
  const readOnly = project?.readOnly ?? false
  return (
    <SectionCard title={t('team.merge.title')} intro={t('team.merge.intro')} testId="merge-section">
      <Group>
        <Button leftSection={<IconGitMerge size={16} />} onClick={() => void merge.choose()} loading={merge.busy} disabled={readOnly}>
          {t('team.merge.choose')}
        </Button>
        {merge.busy ? (
          <Button variant="subtle" color="red" leftSection={<IconX size={16} />} onClick={merge.stop}>
            {t('jobCancel.merge')}
          </Button>
        ) : null}
      </Group>
      {merge.cancelled ? (
        <Text size="sm" c="dimmed" role="status" data-testid="merge-cancelled">
          {t('jobCancel.mergeDone')}
        </Text>
      ) : null}
      {readOnly ? (
        <Alert color="orange" variant="light">
          {t('team.readOnly')}
        </Alert>
      ) : null}
      {shown ? (
        <Alert color="red" variant="light" title={shown.title}>
          {shown.message}
        </Alert>
      ) : null}
      {merge.report ? <MergeReportView report={merge.report} /> : null}
      <MergeConfirmModal
        path={merge.pending}
        projectName={project?.name ?? ''}
        onConfirm={() => void merge.confirm()}
        onCancel={merge.cancel}
      />
    </SectionCard>
  )
}
