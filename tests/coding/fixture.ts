/**
 * A real project file in a temp folder with documents inserted through SourceStore (as the
 * importers do), and a Session whose settings live in a temp file. Channels are called
 * through dispatch, exactly as the UI and the CLI reach them.
 */
import { join } from 'node:path'
import { onTestFinished } from 'vitest'
import type { Channel, InputOf, OutputOf } from '../../src/shared/contract'
import type { SourceKind } from '../../src/shared/domain'
import { detectDirection } from '../../src/shared/text/arabic'
import { createProject } from '../../src/main/db/open'
import { call } from '../../src/main/dispatch'
import { Session } from '../../src/main/session'
import { SettingsStore } from '../../src/main/services/settings/store'
import { SourceStore } from '../../src/main/services/sources/store'
import { tempDir } from '../helpers/tmp'

export interface DocSpec {
  text: string
  title?: string
  kind?: SourceKind
  participant?: string
  occurredAt?: string
  attributes?: Record<string, string>
  /** Speaker turns as [speaker, start, end]. */
  utterances?: [string, number, number][]
}

export interface Fixture {
  session: Session
  docs: number[]
  run<C extends Channel>(channel: C, input?: InputOf<C>): Promise<OutputOf<C>>
}

export function project(specs: DocSpec[], coderName = 'Amal'): Fixture {
  const dir = tempDir('needle-coding-')
  const settings = new SettingsStore(join(dir, 'settings.json'))
  settings.update({ coderName })
  const session = new Session('desktop', settings)
  session.project = createProject(join(dir, 'study.needle'))
  onTestFinished(() => session.closeProject())
  const db = session.project.db
  const docs = db.transaction(() => {
    const store = new SourceStore(db)
    const sources = new Map<SourceKind, number>()
    return specs.map((d, i) => {
      const kind = d.kind ?? 'interview'
      if (!sources.has(kind)) {
        sources.set(
          kind,
          store.addSource({ kind, name: `${kind} source`, fileName: `${kind}.txt`, checksum: null, encoding: 'utf-8', rowCount: null }),
        )
      }
      const participantId = d.participant ? store.participant(d.participant) : null
      if (participantId && d.attributes) {
        for (const [name, value] of Object.entries(d.attributes))
          store.setAttribute(participantId, store.attribute(name, 'category'), value)
      }
      const id = store.addDocument({
        sourceId: sources.get(kind)!,
        participantId,
        title: d.title ?? `Document ${i + 1}`,
        text: d.text,
        direction: detectDirection(d.text),
        occurredAt: d.occurredAt ?? null,
      })
      d.utterances?.forEach(([speaker, start, end], seq) =>
        store.addUtterance({ documentId: id, seq, speaker, participantId: speaker === d.participant ? participantId : null, start, end }),
      )
      return id
    })
  })()
  return { session, docs, run: (channel, input) => call(session, channel, input ?? {}) as never }
}

/** Offsets of the first occurrence of needle in text (UTF-16), for writing expectations. */
export function spanOf(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from)
  if (start < 0) throw new Error(`"${needle}" is not in the text`)
  return { start, end: start + needle.length }
}
