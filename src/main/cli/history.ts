/**
 * The undo history of CLI runs. In the app a session lives as long as the window, so its undo
 * stack lives in memory; a CLI session ends with each command, so `needle undo` would never
 * find anything to undo. The CLI therefore keeps each project's history between runs in
 * NEEDLE_HOME (never inside the project file, which travels to other people), keyed by the
 * file's absolute path. A stale history cannot damage work: replaying a step checks every row
 * against what the step left behind and refuses when anything changed since.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { loadHistory, saveHistory } from '../services/coding/undo'
import { needleHome } from '../paths'
import type { Session } from '../session'

const change = z.object({ table: z.string(), rowid: z.number().int(), before: z.string().nullable(), after: z.string().nullable() })
const step = z.object({ label: z.string(), changes: z.array(change) })
const savedSchema = z.object({
  path: z.string(),
  undo: z.array(step),
  redo: z.array(step),
  blobs: z.record(z.string(), z.string()),
})

/** Sessions whose history was restored: only theirs is written back (a command that opened the project another way must not clear it). */
const tracked = new WeakSet<Session>()

function fileOf(projectPath: string): string {
  return join(needleHome(), 'cli-history', `${createHash('sha256').update(projectPath).digest('hex').slice(0, 32)}.json`)
}

/** Gives the session the history earlier runs left for this project, if any (an unreadable one is ignored). */
export function restoreCliHistory(session: Session): void {
  const project = session.project
  if (!project || project.readOnly) return
  tracked.add(session)
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(fileOf(project.path), 'utf8'))
  } catch {
    return // none yet, or unreadable: start with an empty history
  }
  const saved = savedSchema.safeParse(raw)
  if (saved.success && saved.data.path === project.path) loadHistory(session, saved.data)
}

/** Keeps the session's history for the next run on the same project. */
export function keepCliHistory(session: Session): void {
  const project = session.project
  if (!project || project.readOnly || !tracked.has(session)) return
  const file = fileOf(project.path)
  mkdirSync(join(needleHome(), 'cli-history'), { recursive: true })
  writeFileSync(`${file}.tmp`, JSON.stringify({ path: project.path, ...saveHistory(session) }))
  renameSync(`${file}.tmp`, file)
}
