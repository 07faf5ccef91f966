/**
 * Small hand-made projects for the segments service: participants, documents and transcripts through
 * SourceStore (as the importers write them), codes, highlights and ratings as rows, all in one
 * transaction; a Session whose events are recorded; channels called through dispatch.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { onTestFinished } from 'vitest'
import type { Channel, EventMap, EventName, InputOf, OutputOf } from '../../src/shared/contract'
import type { ImportedSource } from '../../src/shared/contract/imports'
import type { CodeKind } from '../../src/shared/domain'
import { createProject } from '../../src/main/db/open'
import { call } from '../../src/main/dispatch'
import { Session } from '../../src/main/session'
import { SettingsStore } from '../../src/main/services/settings/store'
import { SourceStore } from '../../src/main/services/sources/store'
import { tempDir } from '../helpers/tmp'

export interface PersonSpec {
  label: string
  interviewer?: boolean
  attributes?: Record<string, string>
  /** Attribute types other than category (number, boolean, date). */
  types?: Record<string, 'number' | 'boolean' | 'date' | 'text'>
  /** need name → [importance, satisfaction] (null for a blank). */
  ratings?: Record<string, [number | null, number | null]>
  /** Free-text answers: one survey document each, dated when given. */
  answers?: { text: string; date?: string; codes?: HighlightSpec[] }[]
}

export interface HighlightSpec {
  /** Words within the document to highlight. */
  words: string
  code: string
  kind?: CodeKind
  dueDate?: string
  severity?: number
}

export interface TranscriptSpec {
  date?: string
  /** [speaker label, text, highlights within that turn] */
  turns: [string, string, HighlightSpec[]?][]
}

export interface Project {
  session: Session
  dir: string
  events: { event: EventName; payload: unknown }[]
  ids: Record<string, number>
  codes: Record<string, number>
  run<C extends Channel>(channel: C, input?: InputOf<C>): Promise<OutputOf<C>>
}

export function makeProject(people: PersonSpec[], transcripts: TranscriptSpec[] = []): Project {
  const dir = tempDir('needle-seg-')
  const events: Project['events'] = []
  const session = new Session(
    'desktop',
    new SettingsStore(join(dir, 'settings.json')),
    <E extends EventName>(event: E, payload: EventMap[E]) => {
      events.push({ event, payload })
    },
  )
  session.project = createProject(join(dir, 'study.needle'))
  onTestFinished(() => session.closeProject())
  const db = session.project.db
  const ids: Record<string, number> = {}
  const codes: Record<string, number> = {}
  const now = new Date().toISOString()
  db.transaction(() => {
    const store = new SourceStore(db)
    const code = (name: string, kind: CodeKind = 'need') => {
      const key = name
      if (codes[key] === undefined)
        codes[key] = Number(
          db.prepare(`INSERT INTO codes (name, kind, color, created_at) VALUES (?, ?, '#888888', ?)`).run(name, kind, now).lastInsertRowid,
        )
      return codes[key]
    }
    const highlight = (documentId: number, text: string, h: HighlightSpec, from = 0) => {
      const start = text.indexOf(h.words, from)
      if (start < 0) throw new Error(`"${h.words}" is not in "${text}"`)
      const id = Number(
        db
          .prepare(
            'INSERT INTO highlights (document_id, start, end, due_date, severity, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
          )
          .run(documentId, start, start + h.words.length, h.dueDate ?? null, h.severity ?? null, now, now).lastInsertRowid,
      )
      db.prepare('INSERT INTO highlight_codes (highlight_id, code_id) VALUES (?, ?)').run(id, code(h.code, h.kind))
    }
    const rate = db.prepare('INSERT INTO ratings (participant_id, code_id, source_id, importance, satisfaction) VALUES (?, ?, ?, ?, ?)')
    const survey = store.addSource({
      kind: 'survey',
      name: 'survey.csv',
      fileName: 'survey.csv',
      checksum: null,
      encoding: 'utf-8',
      rowCount: people.length,
    })
    people.forEach((p, row) => {
      const id = store.participant(p.label, { interviewer: p.interviewer })
      ids[p.label] = id
      for (const [name, value] of Object.entries(p.attributes ?? {}))
        store.setAttribute(id, store.attribute(name, p.types?.[name] ?? 'category'), value)
      for (const [need, [importance, satisfaction]] of Object.entries(p.ratings ?? {}))
        rate.run(id, code(need), survey, importance, satisfaction)
      for (const a of p.answers ?? []) {
        const doc = store.addDocument({
          sourceId: survey,
          participantId: id,
          title: `${p.label} answer`,
          text: a.text,
          direction: 'ltr',
          question: 'What went wrong?',
          rowNumber: row + 1,
          occurredAt: a.date ?? null,
        })
        for (const h of a.codes ?? []) highlight(doc, a.text, h)
      }
    })
    transcripts.forEach((t, i) => {
      const source = store.addSource({
        kind: 'interview',
        name: `interview ${i + 1}`,
        fileName: `interview-${i + 1}.txt`,
        checksum: null,
        encoding: 'utf-8',
        rowCount: null,
      })
      const text = t.turns.map(([speaker, said]) => `${speaker}: ${said}`).join('\n')
      const doc = store.addDocument({
        sourceId: source,
        participantId: null,
        title: `Interview ${i + 1}`,
        text,
        direction: 'ltr',
        occurredAt: t.date ?? null,
      })
      let at = 0
      t.turns.forEach(([speaker, said, hs], seq) => {
        const line = `${speaker}: ${said}`
        const pid = ids[speaker] ?? (ids[speaker] = store.participant(speaker))
        store.addUtterance({ documentId: doc, seq, speaker, participantId: pid, start: at, end: at + line.length })
        for (const h of hs ?? []) highlight(doc, text, h, at)
        at += line.length + 1
      })
    })
  })()
  return { session, dir, events, ids, codes, run: (channel, input) => call(session, channel, input ?? {}) as never }
}

/**
 * Participants in planted groups: group g rates its own need important (4-5) and unsatisfied (1-2), the
 * other needs unimportant (1-3) and satisfied (3-5). The spread within those ranges is a fixed hash of
 * (participant, need): varied enough to form no sub-groups, the same on every run.
 */
export function plantedPeople(
  groups: number,
  perGroup: number,
  needs = ['Live re-routing', 'Recurring visits', 'Audit trail'],
): PersonSpec[] {
  const out: PersonSpec[] = []
  const spread = (n: number, salt: number, width: number) => (Math.imul(n * 2654435761 + salt * 40503, 2246822519) >>> 7) % width
  for (let g = 0; g < groups; g++)
    for (let i = 0; i < perGroup; i++) {
      const ratings: Record<string, [number, number]> = {}
      const n = g * perGroup + i
      needs.forEach((need, j) => {
        ratings[need] = j === g ? [4 + spread(n, j, 2), 1 + spread(n, j + 17, 2)] : [1 + spread(n, j + 31, 3), 3 + spread(n, j + 47, 3)]
      })
      out.push({ label: `G${g}-${i}`, ratings, attributes: { Group: `g${g}` } })
    }
  return out
}

/** A fresh project with a survey export written to `file` and imported through the real importer (as a survey). */
export async function surveyProject(csv: string, file = 'survey.csv'): Promise<Project & { imported: ImportedSource }> {
  const p = makeProject([])
  writeFileSync(join(p.dir, file), csv)
  const { sources } = await p.run('import.run', { jobId: 'imp', files: [{ path: join(p.dir, file), options: { kind: 'survey' } }] })
  return Object.assign(p, { imported: sources[0] })
}
