import { Alert, Badge, Button, Group, LoadingOverlay, SegmentedControl, Stack, Switch, Text } from '@mantine/core'
import { IconCopy, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { SOURCE_KINDS, type SourceKind } from '../../../../shared/domain'
import { baseName } from '../../app/paths'
import { useFormat } from '../../i18n/format'
import { describeError } from '../errors/describeError'
import { EncodingPicker } from './EncodingPicker'
import type { ImportDraft } from './importDraft'
import { MappingStep } from './MappingStep'
import { TranscriptStep } from './TranscriptStep'
import type { ImportFlow } from './useImportFlow'
import { useSaveMapping } from './useSaveMapping'

/** One file's step: its kind, a duplicate question if it was imported before, then its transcript or mapping step. */
export function FileStep({ draft, flow }: { draft: ImportDraft; flow: ImportFlow }) {
  const { t } = useTranslation()
  const format = useFormat()
  const saveMapping = useSaveMapping()
  const preview = draft.preview
  const error = draft.error ? describeError(t, draft.error) : null
  return (
    <Stack gap="md" pos="relative" mih={200}>
      <LoadingOverlay visible={draft.loading} loaderProps={{ size: 'sm' }} overlayProps={{ blur: 1 }} />
      <Group justify="space-between" align="center" wrap="nowrap">
        <Stack gap={0} miw={0}>
          <Text fw={600} truncate data-testid="step-file">
            <bdi>{preview?.fileName ?? baseName(draft.path)}</bdi>
          </Text>
          <Text size="xs" c="dimmed" truncate title={draft.path}>
            <bdi>{draft.path}</bdi>
            {preview ? ` · ${t('import.size', { size: format.number(Math.max(1, Math.round(preview.bytes / 1024))) })}` : ''}
          </Text>
        </Stack>
        <Group gap="sm" wrap="nowrap">
          {draft.kind ? (
            <SegmentedControl
              size="xs"
              aria-label={t('import.kind')}
              value={draft.kind}
              disabled={draft.loading}
              data={SOURCE_KINDS.map((k) => ({ value: k, label: t(`import.kinds.${k}`) }))}
              onChange={(v) => flow.setKind(draft, v as SourceKind)}
            />
          ) : null}
          {flow.drafts.length > 1 || error ? (
            <Button
              variant="subtle"
              color="gray"
              size="compact-sm"
              leftSection={<IconTrash size={14} />}
              onClick={() => flow.removeFile(draft.path)}
            >
              {t('import.removeFile')}
            </Button>
          ) : null}
        </Group>
      </Group>

      {error ? (
        <Alert color="red" title={error.title} data-testid="file-error">
          <span dir="auto">{error.message}</span>
        </Alert>
      ) : null}

      {preview?.earlier ? (
        <Alert color="orange" variant="light" icon={<IconCopy size={18} />} data-testid="duplicate-note">
          <Stack gap={6}>
            <Text size="sm">{t('import.duplicate', { name: preview.earlier.name, date: format.date(preview.earlier.importedAt) })}</Text>
            <Switch
              label={t('import.importAgain')}
              checked={draft.allowDuplicate}
              onChange={(e) => flow.setAllowDuplicate(draft, e.currentTarget.checked)}
            />
          </Stack>
        </Alert>
      ) : null}

      {(preview?.table || preview?.transcript) && preview.transcript?.format !== 'docx' ? (
        <EncodingPicker
          detected={(preview.table ?? preview.transcript)!.encoding}
          chosen={draft.encoding}
          disabled={draft.loading}
          onChange={(e) => flow.setEncoding(draft, e)}
        />
      ) : null}

      {preview?.transcript && draft.kind === 'interview' ? (
        <TranscriptStep
          transcript={preview.transcript}
          interviewers={draft.interviewers}
          onInterviewer={(s, on) => flow.setInterviewer(draft, s, on)}
          date={draft.date}
          onDate={(d) => flow.setDate(draft, d)}
        />
      ) : null}
      {preview?.table && draft.mapping && draft.kind !== 'interview' ? (
        <MappingStep
          table={preview.table}
          mapping={draft.mapping}
          reusedFrom={preview.reusedMappingFrom}
          onMapping={(m) => flow.setMapping(draft, m)}
          onHeader={(h) => flow.setHeader(draft, h)}
          onNoQuotes={(q) => flow.setNoQuotes(draft, q)}
          onSave={() => void saveMapping(draft.path, preview.fileName, draft.mapping!)}
        />
      ) : null}
      {preview && !error && draft.kind && !preview.table && !preview.transcript ? (
        <Badge color="gray" variant="light">
          {t('import.noPreview')}
        </Badge>
      ) : null}
    </Stack>
  )
}
