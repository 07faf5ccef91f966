/**
 * One clustering run at a time: starts it with a job id (so progress events and Cancel address
 * this run and no other), keeps the preview and the names the researcher typed over it, and saves
 * it. A cancelled run is not an error to report: the researcher asked for it.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RunOptions, RunPreview, RunProgressEvent, SegmentSummary } from '../../../../../shared/contract/segments'
import { ApiError, invoke, on } from '../../../api/client'
import { notifyError } from '../../errors/notifyError'

let jobCounter = 0
function newJobId(): string {
  jobCounter += 1
  return `segments-${Date.now().toString(36)}-${jobCounter}`
}

export function useSegmentRun(onSaved: (saved: SegmentSummary[]) => void) {
  const { t } = useTranslation()
  const [preview, setPreview] = useState<RunPreview | null>(null)
  const [names, setNames] = useState<Record<number, string>>({})
  const [progress, setProgress] = useState<Pick<RunProgressEvent, 'fraction' | 'stage'> | null>(null)
  const [running, setRunning] = useState(false)
  const [saving, setSaving] = useState(false)
  const [savedRunId, setSavedRunId] = useState<string | null>(null)
  const job = useRef<string | null>(null)

  useEffect(
    () =>
      on('segments.progress', (e) => {
        if (e.jobId === job.current) setProgress({ fraction: e.fraction, stage: e.stage })
      }),
    [],
  )

  const run = useCallback(
    async (options: RunOptions) => {
      const jobId = newJobId()
      job.current = jobId
      setRunning(true)
      setProgress({ fraction: 0, stage: 'matrix' })
      try {
        const result = await invoke('segments.run', { ...options, jobId })
        if (job.current !== jobId) return
        setPreview(result)
        setNames({})
        setSavedRunId(null)
      } catch (err) {
        if (!(err instanceof ApiError && err.code === 'cancelled')) notifyError(t, err)
      } finally {
        if (job.current === jobId) {
          job.current = null
          setRunning(false)
          setProgress(null)
        }
      }
    },
    [t],
  )

  const cancel = useCallback(async () => {
    const jobId = job.current
    if (!jobId) return
    try {
      await invoke('segments.cancel', { jobId })
    } catch (err) {
      notifyError(t, err)
    }
  }, [t])

  const rename = useCallback((index: number, name: string) => setNames((n) => ({ ...n, [index]: name })), [])

  const save = useCallback(async () => {
    if (!preview) return
    setSaving(true)
    try {
      let saved = await invoke('segments.saveRun', { runId: preview.runId })
      // Names typed over the preview are applied to the saved segments they belong to (matched by index).
      const renamed = await Promise.all(
        saved.map(async (s) => {
          const index = s.definition.kind === 'run' ? s.definition.index : -1
          const name = names[index]?.trim()
          return name && name !== s.name ? invoke('segments.rename', { id: s.id, name }) : s
        }),
      )
      saved = renamed
      setSavedRunId(preview.runId)
      onSaved(saved)
    } catch (err) {
      notifyError(t, err)
    } finally {
      setSaving(false)
    }
  }, [preview, names, onSaved, t])

  return {
    preview,
    names,
    rename,
    progress,
    running,
    run,
    cancel,
    save,
    saving,
    saved: savedRunId !== null && savedRunId === preview?.runId,
  }
}
