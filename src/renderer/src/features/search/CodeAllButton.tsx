/** "Code all results" with one code, as one step that Undo takes back whole. */
import { Button, Group, Select } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CodeRow } from '../../../../shared/contract/codes'
import type { SearchFilters } from '../../../../shared/contract/search'
import { invoke } from '../../api/client'
import { announceCodingChange } from '../coding/changes'
import { refreshUndo } from '../coding/undoState'
import { useReportErrors } from '../coding/useErrors'
import { notifySuccess } from '../errors/notifyError'

export function CodeAllButton({
  query,
  filters,
  codes,
  disabled,
}: {
  query: string
  filters: SearchFilters
  codes: CodeRow[]
  disabled: boolean
}) {
  const { t } = useTranslation()
  const report = useReportErrors()
  const [codeId, setCodeId] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const run = async () => {
    if (!codeId) return
    setBusy(true)
    const r = await report(invoke('search.codeAll', { query: query.trim(), filters, codeId: Number(codeId) }))
    setBusy(false)
    if (!r) return
    announceCodingChange()
    refreshUndo()
    notifySuccess(t('search.codeAll.done', { hits: r.hits, created: r.created, added: r.added, already: r.alreadyCoded }))
  }
  return (
    <Group gap={6} wrap="nowrap">
      <Select
        size="xs"
        w={220}
        searchable
        placeholder={t('search.codeAll.pick')}
        aria-label={t('search.codeAll.pick')}
        data={codes.map((c) => ({ value: String(c.id), label: c.name }))}
        value={codeId}
        onChange={setCodeId}
        data-testid="code-all-code"
      />
      <Button size="xs" disabled={disabled || !codeId} loading={busy} onClick={() => void run()} data-testid="code-all">
        {t('search.codeAll.button')}
      </Button>
    </Group>
  )
}
