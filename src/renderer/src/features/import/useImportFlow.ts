/**
 * The import dialog's state: the files picked, each one's preview and the researcher's
 * choices, then the run with its progress, and the outcome (results, or the error to answer:
 * import the rest, import again, or go back). The service guarantees that nothing is written
 * when a run fails or is cancelled, so every way out here is safe.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ImportedSource, ImportProgressEvent } from '../../../../shared/contract/imports'
import type { SourceKind } from '../../../../shared/domain'
import type { TableMapping } from '../../../../shared/import/mapping'
import { ApiError, invoke, on } from '../../api/client'
import i18n from '../../i18n'
import { notifyError } from '../errors/notifyError'
import { newDraft, previewOptions, runOptions, type ImportDraft } from './importDraft'
import { carryEdits } from './mappingEdit'

export type ImportPhase = 'closed' | 'steps' | 'running' | 'done' | 'failed'

function newJobId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `job-${Date.now()}-${Math.random().toString(36).slice(2)}`
}

/** Applies the interviewer switches of the transcript steps to the speakers the run created. */
async function applyInterviewers(drafts: ImportDraft[], sources: ImportedSource[]): Promise<void> {
  const wanted = new Map<string, boolean>()
  for (const d of drafts) if (d.kind === 'interview') for (const [name, on] of Object.entries(d.interviewers)) wanted.set(name, on)
  const speakers = new Set(sources.flatMap((s) => s.speakers))
  if (![...wanted.keys()].some((n) => speakers.has(n))) return
  const people = await invoke('participants.list', {})
  for (const p of people) {
    const want = wanted.get(p.label)
    if (want !== undefined && speakers.has(p.label) && want !== p.isInterviewer)
      await invoke('participants.setInterviewer', { id: p.id, interviewer: want })
  }
}

export function useImportFlow() {
  const [phase, setPhase] = useState<ImportPhase>('closed')
  const [drafts, setDrafts] = useState<ImportDraft[]>([])
  const [step, setStep] = useState(0)
  const [progress, setProgress] = useState<ImportProgressEvent | null>(null)
  const [results, setResults] = useState<ImportedSource[]>([])
  const [failure, setFailure] = useState<unknown>(null)
  const job = useRef<string | null>(null)
  // Previews answer out of order when switches flip fast: only the newest request per file counts.
  const previewSeq = useRef(new Map<string, number>())

  useEffect(() => on('import.progress', (p) => p.jobId === job.current && setProgress(p)), [])

  const patch = useCallback((path: string, change: Partial<ImportDraft>) => {
    setDrafts((ds) => ds.map((d) => (d.path === path ? { ...d, ...change } : d)))
  }, [])

  const loadPreview = useCallback(
    async (draft: Pick<ImportDraft, 'path' | 'kind' | 'header' | 'noQuotes'>) => {
      const seq = (previewSeq.current.get(draft.path) ?? 0) + 1
      previewSeq.current.set(draft.path, seq)
      patch(draft.path, { loading: true, error: null })
      try {
        const preview = await invoke('import.preview', { path: draft.path, options: previewOptions(draft) })
        if (previewSeq.current.get(draft.path) !== seq) return
        // The researcher's column edits, made against the preview on screen, survive the new one.
        setDrafts((ds) =>
          ds.map((d) =>
            d.path === draft.path
              ? {
                  ...d,
                  preview,
                  loading: false,
                  kind: preview.kind,
                  mapping: preview.table ? carryEdits(d.preview?.table?.mapping, d.mapping, preview.table.mapping) : null,
                  interviewers: Object.fromEntries((preview.transcript?.speakers ?? []).map((s) => [s.name, s.interviewer])),
                }
              : d,
          ),
        )
      } catch (err) {
        if (previewSeq.current.get(draft.path) === seq) patch(draft.path, { loading: false, error: err })
      }
    },
    [patch],
  )

  const start = useCallback(
    (paths: string[]) => {
      const fresh = paths.map(newDraft)
      setDrafts(fresh)
      setStep(0)
      setResults([])
      setFailure(null)
      setProgress(null)
      setPhase('steps')
      for (const d of fresh) void loadPreview(d)
    },
    [loadPreview],
  )

  /** Kind, header and quote switches change how the file is read: a new preview, the researcher's column edits kept. */
  const reread = useCallback(
    (draft: ImportDraft, change: Partial<Pick<ImportDraft, 'kind' | 'header' | 'noQuotes' | 'encoding'>>) => {
      const next = { ...draft, ...change }
      patch(draft.path, change)
      void loadPreview(next)
    },
    [loadPreview, patch],
  )

  const setKind = useCallback((d: ImportDraft, kind: SourceKind) => reread(d, { kind, header: undefined, noQuotes: undefined }), [reread])
  const setHeader = useCallback((d: ImportDraft, header: boolean) => reread(d, { header }), [reread])
  const setNoQuotes = useCallback((d: ImportDraft, noQuotes: boolean) => reread(d, { noQuotes }), [reread])
  const setEncoding = useCallback((d: ImportDraft, encoding: string | undefined) => reread(d, { encoding }), [reread])
  const setMapping = useCallback((d: ImportDraft, mapping: TableMapping) => patch(d.path, { mapping }), [patch])
  const setInterviewer = useCallback(
    (d: ImportDraft, speaker: string, interviewer: boolean) =>
      patch(d.path, { interviewers: { ...d.interviewers, [speaker]: interviewer } }),
    [patch],
  )
  const setDate = useCallback((d: ImportDraft, date: string | undefined) => patch(d.path, { date }), [patch])
  const setAllowDuplicate = useCallback((d: ImportDraft, allow: boolean) => patch(d.path, { allowDuplicate: allow }), [patch])

  const removeFile = useCallback((path: string) => {
    setDrafts((ds) => {
      const next = ds.filter((d) => d.path !== path)
      setStep((s) => Math.min(s, Math.max(0, next.length - 1)))
      if (next.length === 0) setPhase('closed')
      return next
    })
  }, [])

  const run = useCallback(async (batch: ImportDraft[]) => {
    const id = newJobId()
    job.current = id
    setDrafts(batch)
    setProgress(null)
    setFailure(null)
    setPhase('running')
    try {
      const { sources } = await invoke('import.run', { jobId: id, files: batch.map((d) => ({ path: d.path, options: runOptions(d) })) })
      // The import is in; a failure to apply a switch must not hide that, so it is reported beside the results.
      await applyInterviewers(batch, sources).catch((err: unknown) => notifyError(i18n.t.bind(i18n), err))
      setResults(sources)
      setPhase('done')
    } catch (err) {
      setFailure(err)
      setPhase('failed')
    } finally {
      job.current = null
    }
  }, [])

  const importAll = useCallback(() => void run(drafts), [run, drafts])

  /** Answers a bad_rows or duplicate_import error for the file it names, and runs the batch again. */
  const retryWith = useCallback(
    (change: Partial<Pick<ImportDraft, 'skipBadRows' | 'allowDuplicate'>>) => {
      const file = failure instanceof ApiError ? (failure.payload.details?.file as string | undefined) : undefined
      // The service names the file it refused; if that name is not one of ours (a path spelled differently), answer for all.
      const named = drafts.some((d) => d.path === file)
      void run(drafts.map((d) => (!named || d.path === file ? { ...d, ...change } : d)))
    },
    [drafts, failure, run],
  )

  const cancel = useCallback(async () => {
    if (job.current) await invoke('import.cancel', { jobId: job.current })
  }, [])

  const close = useCallback(() => {
    setPhase('closed')
    setDrafts([])
  }, [])

  return {
    phase,
    drafts,
    step,
    setStep,
    progress,
    results,
    failure,
    start,
    setKind,
    setHeader,
    setNoQuotes,
    setEncoding,
    setMapping,
    setInterviewer,
    setAllowDuplicate,
    setDate,
    removeFile,
    importAll,
    importRest: () => retryWith({ skipBadRows: true }),
    importAgain: () => retryWith({ allowDuplicate: true }),
    back: () => setPhase('steps'),
    cancel,
    close,
  }
}

export type ImportFlow = ReturnType<typeof useImportFlow>
