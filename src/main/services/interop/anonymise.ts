/**
 * Anonymisation of a sharing copy (never of the open project). Every participant's name and
 * id, every value of an identifying attribute, every source and file name, the names the
 * researcher confirmed, e-mails and phone numbers are replaced wherever they occur: documents,
 * turns, attributes, codes, memos, segments, persona cards and quotes, coders, project notes.
 * Replacements change the text's length, so highlights, turns and suggestions are re-anchored
 * through the edits (anonymiseText.ts), and the search index is rebuilt from the new text.
 * The copy records what was replaced as counts per kind, never the originals.
 */
import type Database from 'better-sqlite3'
import type { AnonymiseCounts, SharingReview } from '../../../shared/contract/interop'
import { reindexDocuments } from '../../db/searchIndex'
import { detectNames } from './detectNames'
import { offsetMapper, Replacer, type ReplacedKind } from './anonymiseText'
import { attributeChoices, planReplacements } from './anonymiseTerms'
import { cardContents, reanchorCardQuotes, type OffsetMap } from './anonymiseQuotes'

export interface AnonymiseOptions {
  /** Names of the attributes whose values identify people; the defaults (names, accounts, companies, contacts) when absent. */
  identifyingAttributes?: readonly string[]
  /** Detected names to replace; every detected name when absent. */
  maskNames?: readonly string[]
}

/** Texts where people write freely: where names of others turn up. */
function freeTexts(db: Database.Database): string[] {
  return [
    ...(db.prepare('SELECT text FROM documents').pluck().all() as string[]),
    ...(db.prepare('SELECT text FROM memos').pluck().all() as string[]),
    ...(db.prepare('SELECT memo FROM highlights WHERE memo IS NOT NULL').pluck().all() as string[]),
    ...(db.prepare('SELECT what_happened FROM highlights WHERE what_happened IS NOT NULL').pluck().all() as string[]),
  ]
}

/** What the review step shows before a copy is written: the attributes and the names found in the text. */
export function sharingReview(db: Database.Database, identifyingAttributes?: readonly string[]): SharingReview {
  const attributes = attributeChoices(db, identifyingAttributes)
  const plan = planReplacements(db, attributes, [])
  return { attributes, detected: detectNames(freeTexts(db), plan.known) }
}

const SKIP_TABLES = new Set(['documents', 'utterances', 'participants', 'participant_values', 'sources'])

/** A stored value with identifying words replaced; JSON (persona cards, segment rules, settings) keys and strings alike. */
function replaceValue(replacer: Replacer, value: string, count: (k: ReplacedKind) => void): string {
  const trimmed = value.trimStart()
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      const walk = (v: unknown): unknown => {
        if (typeof v === 'string') return replacer.replace(v, count)
        if (Array.isArray(v)) return v.map(walk)
        if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [replacer.replace(k, count), walk(x)]))
        return v
      }
      return JSON.stringify(walk(JSON.parse(value)))
    } catch {
      // Not JSON after all: treated as text below.
    }
  }
  return replacer.replace(value, count)
}

/** Rewrites the copy in one transaction, then rebuilds its full-text index from the new text. */
export function anonymiseCopy(db: Database.Database, options: AnonymiseOptions = {}): AnonymiseCounts {
  const counts: AnonymiseCounts = { participants: 0, attributeValues: 0, sources: 0, names: 0, emails: 0, phones: 0, mentions: 0 }
  const inText = (k: ReplacedKind) => {
    counts.mentions++
    if (k === 'email') counts.emails++
    else if (k === 'phone') counts.phones++
  }
  db.transaction(() => {
    const attributes = attributeChoices(db, options.identifyingAttributes)
    const known = planReplacements(db, attributes, []).known
    const names =
      options.maskNames ??
      detectNames(freeTexts(db), known)
        .filter((c) => c.kind === 'name')
        .map((c) => c.text)
    const plan = planReplacements(db, attributes, names)
    const replacer = new Replacer(plan.terms)
    counts.names = new Set(names.map((n) => n.trim().toLowerCase()).filter(Boolean)).size

    // Participants: labels are unique, so a temporary prefix avoids clashing with a label that already reads P00n.
    const rename = db.prepare('UPDATE participants SET label = ?, display_name = NULL WHERE id = ?')
    for (const id of plan.pseudonymOf.keys()) rename.run(`~anonymising~${id}`, id)
    for (const [id, pseudonym] of plan.pseudonymOf) rename.run(pseudonym, id)
    counts.participants = plan.pseudonymOf.size

    const identifying = new Set(attributes.filter((a) => a.identifying).map((a) => String(a.id)))
    const writeValues = db.prepare('UPDATE participant_values SET attrs = ? WHERE participant_id = ?')
    for (const row of db.prepare('SELECT participant_id AS id, attrs FROM participant_values').all() as { id: number; attrs: string }[]) {
      const values = JSON.parse(row.attrs) as Record<string, string | null>
      for (const [key, value] of Object.entries(values)) {
        if (typeof value !== 'string') continue
        const mapped = identifying.has(key) ? plan.attributeValues.get(Number(key))?.get(value) : undefined
        if (mapped !== undefined) counts.attributeValues++
        values[key] = mapped ?? replacer.replace(value, inText)
      }
      writeValues.run(JSON.stringify(values), row.id)
    }
    // A stage's dated history holds the same values: an identifying one gets the same pseudonym, or goes
    // when it is no one's current value (the plan has none for it) rather than travel as it was.
    const mapHistory = db.prepare('UPDATE attribute_history SET value = ? WHERE rowid = ?')
    const dropHistory = db.prepare('DELETE FROM attribute_history WHERE rowid = ?')
    for (const h of db.prepare('SELECT rowid AS rid, attribute_id AS attr, value FROM attribute_history').all() as {
      rid: number
      attr: number
      value: string
    }[]) {
      if (!identifying.has(String(h.attr))) continue
      const mapped = plan.attributeValues.get(h.attr)?.get(h.value)
      if (mapped === undefined) dropHistory.run(h.rid)
      else mapHistory.run(mapped, h.rid)
    }

    const updateSource = db.prepare('UPDATE sources SET name = ?, file_name = ?, report = NULL, checksum = NULL, mapping = ? WHERE id = ?')
    for (const s of db.prepare('SELECT id, mapping FROM sources').all() as { id: number; mapping: string | null }[]) {
      const to = plan.sources.get(s.id)!
      updateSource.run(to.name, to.fileName, s.mapping === null ? null : replaceValue(replacer, s.mapping, inText), s.id)
      counts.sources++
    }

    // Documents: new text, and every offset into it carried through the edits.
    const updateDoc = db.prepare('UPDATE documents SET title = ?, text = ? WHERE id = ?')
    const spans = (table: string) => ({
      list: db.prepare(`SELECT id, start, end FROM ${table} WHERE document_id = ?`),
      set: db.prepare(`UPDATE ${table} SET start = ?, end = ? WHERE id = ?`),
    })
    const anchored = [spans('highlights'), spans('utterances'), spans('autocode_suggestions')]
    const maps = new Map<number, OffsetMap>()
    const speakers = db.prepare('SELECT id, speaker, participant_id AS pid FROM utterances WHERE document_id = ? AND speaker IS NOT NULL')
    const setSpeaker = db.prepare('UPDATE utterances SET speaker = ? WHERE id = ?')
    for (const d of db.prepare('SELECT id, title, text FROM documents').all() as { id: number; title: string; text: string }[]) {
      const edits = replacer.edits(d.text)
      for (const e of edits) inText(e.kind)
      const text = edits.length ? replacer.replace(d.text) : d.text
      updateDoc.run(replacer.replace(d.title, inText), text, d.id)
      if (edits.length) {
        const map = offsetMapper(edits)
        maps.set(d.id, map)
        for (const s of anchored)
          for (const r of s.list.all(d.id) as { id: number; start: number; end: number }[])
            s.set.run(map(r.start, 'start'), Math.max(map(r.end, 'end'), map(r.start, 'start')), r.id)
      }
      for (const u of speakers.all(d.id) as { id: number; speaker: string; pid: number | null }[])
        setSpeaker.run((u.pid !== null ? plan.pseudonymOf.get(u.pid) : undefined) ?? replacer.replace(u.speaker, inText), u.id)
    }

    const cards = cardContents(db)
    // Everything else: every text column of every other table (codes, memos, personas, segments, coders, project notes…).
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'document_fts%'")
      .pluck()
      .all() as string[]
    for (const table of tables.filter((t) => !SKIP_TABLES.has(t))) {
      const columns = (db.prepare(`SELECT name, type FROM pragma_table_info(?)`).all(table) as { name: string; type: string }[])
        .filter((c) => /^(TEXT|ANY|)$/i.test(c.type.trim()))
        .map((c) => c.name)
      if (columns.length === 0) continue
      const rows = db.prepare(`SELECT rowid AS rid, ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}"`).all() as Record<
        string,
        unknown
      >[]
      for (const row of rows) {
        for (const c of columns) {
          const value = row[c]
          if (typeof value !== 'string' || value === '') continue
          const next = replaceValue(replacer, value, inText)
          if (next === value) continue
          try {
            db.prepare(`UPDATE "${table}" SET "${c}" = ? WHERE rowid = ?`).run(next, row.rid)
          } catch (err) {
            // Two names became the same pseudonym in a unique column (two coders, two codes): keep them apart.
            if (!/UNIQUE/.test((err as Error).message)) throw err
            db.prepare(`UPDATE "${table}" SET "${c}" = ? WHERE rowid = ?`).run(`${next} (${row.rid})`, row.rid)
          }
        }
      }
    }
    reanchorCardQuotes(db, cards, maps)
    db.prepare("DELETE FROM project_meta WHERE key = 'participants.aliases'").run()
    db.prepare("INSERT INTO project_meta (key, value) VALUES ('anonymised', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(
      JSON.stringify({ at: new Date().toISOString(), replaced: counts }),
    )

    // A full rebuild: 'delete-all' drops every old segment of the index, so no old word survives in it.
    db.exec("INSERT INTO document_fts (document_fts) VALUES ('delete-all')")
    reindexDocuments(db)
    db.exec("INSERT INTO document_fts (document_fts) VALUES ('optimize')")
    db.exec('DROP TABLE IF EXISTS sqlite_stat4')
  })()
  return counts
}
