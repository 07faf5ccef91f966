/**
 * REFI-QDA and CSV exchange: each export asks where to write and reports what it wrote; an
 * import asks for a .qdpx or .qdc file and keeps the full report (the standard asks that what
 * could not be imported is shown to the researcher).
 */
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { QdpxImportReport } from '../../../../shared/contract/interop'
import { invoke } from '../../api/client'
import { useAppState } from '../../app/appState'
import { folderOf, projectName } from '../../app/paths'
import { usePickFile } from '../files/FilePickerProvider'
import { EXTENSION, type ExportDone, type ExportKind } from './exportKinds'
import { announceSaved } from '../files/savedNotice'

async function write(kind: ExportKind, path: string): Promise<ExportDone> {
  if (kind === 'codings' || kind === 'matrix') {
    const r = await invoke('interop.exportCsv', { path, table: kind })
    return { kind, path: r.path, counts: null, rows: r.rows }
  }
  const r = await invoke(kind === 'qdpx' ? 'interop.exportQdpx' : 'interop.exportQdc', { path })
  return {
    kind,
    path: r.path,
    counts: { sources: r.sources, codes: r.codes, highlights: r.highlights, participants: r.participants },
    rows: null,
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
      try {
        const written = await write(kind, path)
        setDone(written)
        announceSaved(t, [written.path])
      } catch (err) {
        setError(err)
      } finally {
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
    try {
      setImported(await invoke('interop.importQdpx', { path }))
    } catch (err) {
      setImported(null)
      setError(err)
    } finally {
      setBusy(null)
    }
  }, [pick, project, t])

  return { busy, done, imported, error, exportAs, importRefi }
}
