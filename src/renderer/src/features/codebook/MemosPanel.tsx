/** Memos on the project, a participant or a document, beside the codebook. */
import { Select, Stack } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { invoke } from '../../api/client'
import { useLoadedState } from '../../app/appState'
import { useDocumentList } from '../coding/useDocumentList'
import { MemoEditor } from './MemoEditor'

export function MemosPanel() {
  const { t } = useTranslation()
  const { project } = useLoadedState()
  const entries = useDocumentList(project?.sources ?? [])
  const [participants, setParticipants] = useState<{ value: string; label: string }[]>([])
  const [participant, setParticipant] = useState<string | null>(null)
  const [documentId, setDocumentId] = useState<string | null>(null)
  useEffect(() => {
    invoke('participants.list', {}).then(
      (list) => setParticipants(list.map((p) => ({ value: String(p.id), label: p.displayName ?? p.label }))),
      () => {},
    )
  }, [])
  const documents = entries.flatMap((e) => e.documents.map((d) => ({ value: String(d.id), label: d.title })))
  return (
    <Stack gap="lg" maw={720}>
      <MemoEditor targetKind="project" targetId={null} label={t('codebook.memo.project')} />
      <Stack gap="xs">
        <Select label={t('codebook.memo.participant')} searchable data={participants} value={participant} onChange={setParticipant} />
        {participant ? (
          <MemoEditor
            key={participant}
            targetKind="participant"
            targetId={Number(participant)}
            label={t('codebook.memo.about', { name: participants.find((p) => p.value === participant)?.label })}
          />
        ) : null}
      </Stack>
      <Stack gap="xs">
        <Select label={t('codebook.memo.document')} searchable data={documents} value={documentId} onChange={setDocumentId} />
        {documentId ? (
          <MemoEditor
            key={documentId}
            targetKind="document"
            targetId={Number(documentId)}
            label={t('codebook.memo.about', { name: documents.find((d) => d.value === documentId)?.label })}
          />
        ) : null}
      </Stack>
    </Stack>
  )
}
