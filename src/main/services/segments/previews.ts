/**
 * Run previews waiting for the researcher's Save, per session and per project file: a preview made on
 * one project can never be saved into another. Only the last few are kept (each holds every
 * participant's assignment).
 */
import type { RunPreview } from '../../../shared/contract/segments'
import { NeedleError } from '../../../shared/errors'
import type { Session } from '../../session'

const KEEP = 5
const previews = new WeakMap<Session, Map<string, { path: string; preview: RunPreview }>>()

export function rememberPreview(session: Session, path: string, preview: RunPreview): void {
  let map = previews.get(session)
  if (!map) previews.set(session, (map = new Map()))
  map.set(preview.runId, { path, preview })
  while (map.size > KEEP) map.delete(map.keys().next().value!)
}

export function takePreview(session: Session, path: string, runId: string): RunPreview {
  const entry = previews.get(session)?.get(runId)
  if (!entry || entry.path !== path)
    throw new NeedleError(
      'not_found',
      `Run ${runId} is not waiting to be saved in this project (only the last ${KEEP} runs are kept). Run the segmentation again.`,
    )
  return entry.preview
}
