import { Button, Group, Progress, Stack, Text } from '@mantine/core'
import { IconPlayerStop } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportProgressEvent } from '../../../../shared/contract/imports'
import { baseName } from '../../app/paths'
import { useFormat } from '../../i18n/format'

/** The running import: how far through which file, rows so far and per second, and Cancel. */
export function ImportProgress({ progress, files, onCancel }: { progress: ImportProgressEvent | null; files: number; onCancel(): Promise<void> }) {
  const { t } = useTranslation()
  const format = useFormat()
  const [cancelling, setCancelling] = useState(false)
  const share = progress && progress.totalBytes > 0 ? Math.min(100, (progress.bytes / progress.totalBytes) * 100) : null
  return (
    <Stack gap="md" py="md" data-testid="import-progress">
      <Text fw={600}>
        {progress
          ? t('import.progress.file', { name: baseName(progress.file), n: format.number(progress.fileIndex + 1), of: format.number(progress.files) })
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
          {progress ? t('import.progress.rows', { rows: format.number(progress.rows), speed: format.number(progress.rowsPerSecond) }) : '\u00a0'}
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
