/**
 * REFI-QDA and CSV exchange: each export asks where to write and reports what it wrote; an
 * import asks for a .qdpx or .qdc file and keeps the full report (the standard asks that what
 * could not be imported is shown to the researcher).
 */
import { useCallback, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { QdpxImportReport } from '../../../../shared/contract/interop'
import { ApiError, invoke } from '../../api/client'
import { useAppState } from '../../app/appState'
import { folderOf, projectName } from '../../app/paths'
import { usePickFile } from '../files/FilePickerProvider'
import { EXTENSION, type ExportDone, type ExportKind } from './exportKinds'
import { announceSaved } from '../files/savedNotice'

/** The exports that grow with the project run as cancellable jobs; a codebook (.qdc) is small and quick. */
export const CANCELLABLE: ReadonlySet<ExportKind> = new Set(['qdpx', 'codings', 'matrix'])

async function write(kind: ExportKind, path: string, jobId: string): Promise<ExportDone> {
  if (kind === 'codings' || kind === 'matrix') {
    const r = await invoke('interop.exportCsv', { path, table: kind, jobId })
    return { kind, path: r.path, counts: null, rows: r.rows, eventsLeftOut: 0 }
  }
  const r = await (kind === 'qdpx' ? invoke('interop.exportQdpx', { path, jobId }) : invoke('interop.exportQdc', { path }))
  return {
    kind,
    path: r.path,
    counts: { sources: r.sources, codes: r.codes, highlights: r.highlights, participants: r.participants },
    rows: null,
    eventsLeftOut: r.eventsLeftOut,
  }
}

export function useExchange() {
  const { t } = useTranslation()
  const project = useAppState().state?.project ?? null
  const pick = usePickFile()
  const [busy, setBusy] = useState<ExportKind | 'import' | null>(null)
  const [done, setDone] = useState<ExportDone | null>(null)
  const [imported, setImported] = useState<QdpxImportReport | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [cancelled, setCancelled] = useState(false)
  const [importCancelled, setImportCancelled] = useState(false)
  const job = useRef<string | null>(null)

  const exportAs = useCallback(
    async (kind: ExportKind) => {
      if (!project) return
      const extension = EXTENSION[kind]
      const path = await pick({
        mode: 'saveFile',
        startDir: folderOf(project.path),
        suggestedName: `${t(`exchange.fileName.${kind}`, { name: projectName(project.path) })}.${extension}`,
        extension,
        title: t(`exchange.export.${kind}`),
        confirmLabel: t('exchange.export.save'),
      })
      if (!path) return
      setBusy(kind)
      setError(null)
      setCancelled(false)
      setDone(null)
      const jobId = `export-${kind}-${Date.now()}`
      job.current = jobId
      try {
        const written = await write(kind, path, jobId)
        setDone(written)
        announceSaved(t, [written.path])
      } catch (err) {
        // A cancel the researcher asked for is news, not an error: no file was written.
        if (err instanceof ApiError && err.code === 'cancelled') setCancelled(true)
        else setError(err)
      } finally {
        job.current = null
        setBusy(null)
      }
    },
    [pick, project, t],
  )

  const importRefi = useCallback(async () => {
    if (!project) return
    const path = await pick({
      mode: 'files',
      startDir: folderOf(project.path),
      extensions: ['qdpx', 'qdc'],
      title: t('exchange.import.pickTitle'),
      confirmLabel: t('exchange.import.pickConfirm'),
    })
    if (!path) return
    setBusy('import')
    setError(null)
    setImportCancelled(false)
    const jobId = `refi-import-${Date.now()}`
    job.current = jobId
    try {
      setImported(await invoke('interop.importQdpx', { path, jobId }))
    } catch (err) {
      setImported(null)
      if (err instanceof ApiError && err.code === 'cancelled') setImportCancelled(true)
      else setError(err)
    } finally {
      job.current = null
      setBusy(null)
    }
  }, [pick, project, t])

  const cancelExport = useCallback(() => {
    if (job.current) void invoke('export.cancel', { jobId: job.current })
  }, [])

  // An import runs as a write job: import.cancel stops it and nothing of it stays.
  const cancelImport = useCallback(() => {
    if (job.current) void invoke('import.cancel', { jobId: job.current })
  }, [])

  return { busy, done, imported, error, cancelled, importCancelled, exportAs, cancelExport, importRefi, cancelImport }
}
