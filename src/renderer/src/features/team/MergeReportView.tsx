import { Alert, Stack, Text, Title } from '@mantine/core'
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { MergeReport } from '../../../../shared/contract/interop'
import { baseName } from '../../app/paths'
import { ConflictsTable } from './ConflictsTable'
import { CountsTable, totalOf } from './CountsTable'

/** What one merge did: added and skipped per kind, and every value the two files disagree on. */
export function MergeReportView({ report }: { report: MergeReport }) {
  const { t } = useTranslation()
  const file = baseName(report.file)
  const added = totalOf(report.added)
  return (
    <Stack gap="sm" data-testid="merge-report">
      {added === 0 ? (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />} title={t('team.merge.nothingNew')}>
          {t('team.merge.nothingNewBody', { file })}
        </Alert>
      ) : (
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} title={t('team.merge.merged', { file })}>
          {t('team.merge.highlightsAdded', { count: report.added.highlights })}
        </Alert>
      )}
      <CountsTable added={report.added} skipped={report.skipped} label={t('team.merge.reportLabel')} />
      <Title order={4} size="h5">
        {t('team.conflicts.title')}
      </Title>
      {report.conflicts.length ? (
        <>
          <Text size="sm" c="dimmed">
            {t('team.conflicts.explained', { count: report.conflicts.length })}
          </Text>
          <ConflictsTable conflicts={report.conflicts} />
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('team.conflicts.none')}
        </Text>
      )}
    </Stack>
  )
}
