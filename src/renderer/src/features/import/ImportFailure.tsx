import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SkippedRow } from '../../../../shared/import/types'
import { ApiError } from '../../api/client'
import { useFormat } from '../../i18n/format'
import { describeError } from '../errors/describeError'
import { SkippedRows } from './SkippedRows'
import type { ImportFlow } from './useImportFlow'

/**
 * A run that wrote nothing, and the researcher's ways on: import the readable rows,
 * import a duplicate on purpose, or go back to the steps. The service's own sentence names the file.
 */
export function ImportFailure({ flow }: { flow: ImportFlow }) {
  const { t } = useTranslation()
  const format = useFormat()
  const shown = describeError(t, flow.failure)
  const details = flow.failure instanceof ApiError ? (flow.failure.payload.details ?? {}) : {}
  // Tables report their bad rows as badRows, transcripts (unreadable cues) as rows.
  const badRows = ((details.badRows ?? details.rows) as SkippedRow[] | undefined) ?? []
  const earlier = details.earlier as { name: string; importedAt: string } | undefined
  return (
    <Stack gap="md" data-testid="import-failure">
      <Alert color={shown.code === 'cancelled' ? 'gray' : 'red'} title={shown.title}>
        <Stack gap={6}>
          {shown.code === 'duplicate_import' && earlier ? (
            <Text size="sm">{t('import.duplicate', { name: earlier.name, date: format.date(earlier.importedAt) })}</Text>
          ) : shown.code === 'cancelled' ? null : (
            <Text size="sm" dir="auto">
              {shown.message}
            </Text>
          )}
          <Text size="sm" fw={500}>
            {t('import.failure.nothingWritten')}
          </Text>
        </Stack>
      </Alert>
      {shown.code === 'bad_rows' ? <SkippedRows rows={badRows} label={t('import.skipped.title')} /> : null}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={flow.close}>
          {t('import.failure.close')}
        </Button>
        <Button variant="default" onClick={flow.back}>
          {t('import.failure.back')}
        </Button>
        {shown.code === 'bad_rows' ? <Button onClick={flow.importRest}>{t('import.failure.importRest')}</Button> : null}
        {shown.code === 'duplicate_import' ? <Button onClick={flow.importAgain}>{t('import.importAgain')}</Button> : null}
      </Group>
    </Stack>
  )
}
