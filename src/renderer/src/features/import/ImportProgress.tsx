import { Button, Group, Progress, Stack, Text } from '@mantine/core'
import { IconPlayerStop } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportProgressEvent } from '../../../../shared/contract/imports'
import { baseName } from '../../app/paths'
import { useFormat } from '../../i18n/format'

/** The running import: how far through which file, rows so far and per second, and Cancel. */
interface Props {
  progress: ImportProgressEvent | null
  files: number
  /** Rows each file is expected to hold (from its preview), by file name. */
  expectedRows: Record<string, number>
  onCancel(): Promise<void>
}

export function ImportProgress({ progress, files, expectedRows, onCancel }: Props) {
  const { t } = useTranslation()
  const format = useFormat()
  const [cancelling, setCancelling] = useState(false)
  // The file is read (bytes) before its rows are written, so rows against the preview's estimate say
  // more; bytes serve files without an estimate. Until either moves the bar is indeterminate.
  const expected = progress ? expectedRows[baseName(progress.file)] : undefined
  const share = !progress
    ? null
    : expected && progress.rows > 0
      ? Math.min(99, (progress.rows / expected) * 100)
      : progress.totalBytes > 0 && progress.bytes > 0 && !expected
        ? Math.min(100, (progress.bytes / progress.totalBytes) * 100)
        : null
  return (
    <Stack gap="md" py="md" data-testid="import-progress">
      <Text fw={600}>
        {progress
          ? t('import.progress.file', {
              name: baseName(progress.file),
              n: format.number(progress.fileIndex + 1),
              of: format.number(progress.files),
            })
          : t('import.progress.starting', { n: format.number(files) })}
      </Text>
      <Progress
        value={share ?? 100}
        striped={share === null}
        animated={share === null || cancelling}
        size="lg"
        aria-label={t('import.progress.label')}
        transitionDuration={200}
      />
      <Group justify="space-between">
        <Text size="sm" c="dimmed" data-testid="import-rows">
          {progress && progress.rows > 0
            ? t('import.progress.rows', { rows: format.number(progress.rows), speed: format.number(progress.rowsPerSecond) })
            : '\u00a0'}
        </Text>
        {share !== null ? (
          <Text size="sm" c="dimmed">
            {format.number(Math.round(share))}%
          </Text>
        ) : null}
      </Group>
      <Group justify="flex-end">
        <Button
          variant="default"
          color="red"
          leftSection={<IconPlayerStop size={16} />}
          loading={cancelling}
          onClick={() => {
            setCancelling(true)
            void onCancel()
          }}
        >
          {t('import.progress.cancel')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('import.progress.safe')}
      </Text>
    </Stack>
  )
}
