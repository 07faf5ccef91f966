import { Alert, Badge, Button, Group, Loader, Select, Stack, Tabs, Text, Title } from '@mantine/core'
import { IconArrowLeft, IconArrowRight, IconTrash } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SourceRow } from '../../../../shared/domain'
import { useFormat } from '../../i18n/format'
import { describeError } from '../errors/describeError'
import { useParticipants } from '../participants/participantQueries'
import { ImportReport } from './ImportReport'
import { InterviewDateField } from './InterviewDateField'
import { KIND_LOOK } from './kindLook'
import { RowsTable } from './RowsTable'
import { useDocument, useSourceDetail, useSourceDocuments } from './sourceQueries'
import { TranscriptView } from './TranscriptView'

interface Props {
  source: SourceRow
  readOnly: boolean
  /** Bumped when participants change elsewhere (renames, interviewer marks), so the transcript shows them. */
  participantsVersion: number
  onBack(): void
  onRemove(): void
}

/** One source: its transcript or its table of answers, and the import report. */
export function SourceDetail({ source, readOnly, participantsVersion, onBack, onRemove }: Props) {
  const { t, i18n } = useTranslation()
  const format = useFormat()
  const detail = useSourceDetail(source.id, JSON.stringify(source))
  const look = KIND_LOOK[source.kind]
  const Back = i18n.dir() === 'rtl' ? IconArrowRight : IconArrowLeft
  const counts: [string, number | null][] = [
    ['sources.columns.rows', source.kind === 'interview' ? null : source.rows],
    ['sources.columns.documents', source.documents],
    ['sources.columns.participants', source.participants],
    ['sources.columns.turns', source.kind === 'interview' ? source.utterances : null],
  ]
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} miw={0}>
          <Button variant="subtle" size="compact-sm" leftSection={<Back size={14} />} onClick={onBack} w="fit-content" px={4}>
            {t('sources.back')}
          </Button>
          <Group gap="sm" wrap="nowrap">
            <Badge variant="light" color={look.color} leftSection={<look.icon size={12} />} radius="sm">
              {t(`import.kinds.${source.kind}`)}
            </Badge>
            <Title order={2} size="h3" dir="auto" data-testid="source-title">
              {source.name}
            </Title>
          </Group>
          <Group gap="lg">
            {counts.map(([label, n]) =>
              n === null ? null : (
                <Text key={label} size="sm" c="dimmed">
                  {t(label)}: <b>{format.number(n)}</b>
                </Text>
              ),
            )}
          </Group>
        </Stack>
        <Button variant="default" color="red" leftSection={<IconTrash size={16} />} disabled={readOnly} onClick={onRemove}>
          {t('sources.remove.action')}
        </Button>
      </Group>

      <Tabs defaultValue="content" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="content">{source.kind === 'interview' ? t('sources.tabs.transcript') : t('sources.tabs.table')}</Tabs.Tab>
          <Tabs.Tab value="report">{t('sources.tabs.report')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="content" pt="md">
          {source.kind === 'interview' ? (
            <Transcripts sourceId={source.id} participantsVersion={participantsVersion} />
          ) : (
            <RowsTable sourceId={source.id} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="report" pt="md">
          {detail.data ? (
            <ImportReport source={detail.data} />
          ) : detail.error ? (
            <Alert color="red" title={describeError(t, detail.error).title}>
              {describeError(t, detail.error).message}
            </Alert>
          ) : (
            <Loader size="sm" />
          )}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}

/** A transcript source usually holds one document; a multi-document one offers a choice. */
function Transcripts({ sourceId, participantsVersion }: { sourceId: number; participantsVersion: number }) {
  const { t } = useTranslation()
  const docs = useSourceDocuments(sourceId)
  const [chosen, setChosen] = useState<number | null>(null)
  const id = chosen ?? docs.data?.[0]?.id ?? null
  const doc = useDocument(id, participantsVersion)
  const people = useParticipants(participantsVersion)
  const names = useMemo(() => new Map((people.data ?? []).map((p) => [p.id, p.displayName || p.label])), [people.data])
  if (docs.error || doc.error) {
    const shown = describeError(t, docs.error ?? doc.error)
    return (
      <Alert color="red" title={shown.title}>
        {shown.message}
      </Alert>
    )
  }
  if (!doc.data) return <Loader size="sm" />
  return (
    <Stack gap="sm">
      {docs.data && docs.data.length > 1 ? (
        <Select
          label={t('sources.transcript.document')}
          w={360}
          allowDeselect={false}
          value={String(id)}
          data={docs.data.map((d) => ({ value: String(d.id), label: d.title }))}
          onChange={(v) => v && setChosen(Number(v))}
        />
      ) : null}
      <InterviewDateField documentId={doc.data.id} date={doc.data.occurredAt} />
      <TranscriptView doc={doc.data} names={names} />
    </Stack>
  )
}
