/**
 * Anonymisation of a sharing copy (never of the open project). Highlights are offsets into
 * document text, so every mask in the text keeps its length: each UTF-16 unit of an e-mail,
 * a phone number or a participant's name becomes one mask character, and every highlight
 * still covers the same characters it did. Labels and names outside the text become
 * pseudonyms P001, P002... in participant order.
 */
import type Database from 'better-sqlite3'
import { reindexDocuments } from '../../db/searchIndex'

export const MASK = '█'

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu
// International or local numbers with at least 7 digits, allowing spaces, dots, dashes and brackets between them.
const PHONE = /(?<![\p{L}\p{N}])(?:\+|00)?\d(?:[\s().-]{0,2}\d){6,14}(?![\p{L}\p{N}])/gu
// ISO dates and times look like numbers with dashes; they are kept.
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?$/

export interface MaskCounts {
  emails: number
  phones: number
}

function sameLength(match: string): string {
  return MASK.repeat(match.length)
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Masks e-mails and phone numbers, keeping the text's length. */
export function maskContacts(text: string, counts: MaskCounts): string {
  let out = text.replace(EMAIL, (m) => {
    counts.emails++
    return sameLength(m)
  })
  out = out.replace(PHONE, (m) => {
    if (DATE_LIKE.test(m.trim())) return m
    counts.phones++
    return sameLength(m)
  })
  return out
}

function namePattern(names: string[]): RegExp | null {
  const usable = [...new Set(names.filter((n) => n.trim().length >= 3))].sort((a, b) => b.length - a.length)
  if (usable.length === 0) return null
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${usable.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu')
}

export interface AnonymiseResult extends MaskCounts {
  pseudonyms: number
}

/** Rewrites the copy in one transaction, then rebuilds its full-text index from the masked text. */
export function anonymiseCopy(db: Database.Database): AnonymiseResult {
  const counts: MaskCounts = { emails: 0, phones: 0 }
  let pseudonyms = 0
  db.transaction(() => {
    const people = db.prepare('SELECT id, label, display_name AS displayName FROM participants ORDER BY id').all() as {
      id: number
      label: string
      displayName: string | null
    }[]
    const pseudonymOf = new Map<string, string>()
    // Labels are unique, so a temporary prefix avoids clashing with a label that already reads P00n.
    const rename = db.prepare('UPDATE participants SET label = ?, display_name = NULL WHERE id = ?')
    people.forEach((p, i) => rename.run(`~anonymising~${i}`, p.id))
    people.forEach((p, i) => {
      const pseudonym = `P${String(i + 1).padStart(3, '0')}`
      rename.run(pseudonym, p.id)
      pseudonymOf.set(p.label.toLowerCase(), pseudonym)
      if (p.displayName) pseudonymOf.set(p.displayName.toLowerCase(), pseudonym)
      pseudonyms++
    })
    const names = namePattern(people.flatMap((p) => [p.label, p.displayName ?? '']))
    const toPseudonym = (s: string) => (names ? s.replace(names, (m) => pseudonymOf.get(m.toLowerCase()) ?? sameLength(m)) : s)
    const free = (s: string | null) => (s === null ? null : maskContacts(toPseudonym(s), counts))

    const docs = db.prepare('SELECT id, title, text FROM documents').all() as { id: number; title: string; text: string }[]
    const updateDoc = db.prepare('UPDATE documents SET title = ?, text = ? WHERE id = ?')
    for (const d of docs) {
      let text = maskContacts(d.text, counts)
      // In the text a name becomes mask characters of its own length (a pseudonym would shift every offset after it).
      if (names) text = text.replace(names, sameLength)
      updateDoc.run(free(d.title), text, d.id)
    }
    for (const u of db.prepare('SELECT id, speaker FROM utterances WHERE speaker IS NOT NULL').all() as { id: number; speaker: string }[]) {
      db.prepare('UPDATE utterances SET speaker = ? WHERE id = ?').run(
        pseudonymOf.get(u.speaker.toLowerCase()) ?? toPseudonym(u.speaker),
        u.id,
      )
    }
    for (const s of db.prepare('SELECT id, name, file_name AS fileName FROM sources').all() as {
      id: number
      name: string
      fileName: string | null
    }[]) {
      // The import report holds speaker names and the original file path: it does not travel.
      db.prepare('UPDATE sources SET name = ?, file_name = ?, report = NULL WHERE id = ?').run(free(s.name), free(s.fileName), s.id)
    }
    for (const m of db.prepare('SELECT id, text FROM memos').all() as { id: number; text: string }[]) {
      db.prepare('UPDATE memos SET text = ? WHERE id = ?').run(free(m.text), m.id)
    }
    for (const h of db
      .prepare('SELECT id, memo, what_happened AS wh FROM highlights WHERE memo IS NOT NULL OR what_happened IS NOT NULL')
      .all() as {
      id: number
      memo: string | null
      wh: string | null
    }[]) {
      db.prepare('UPDATE highlights SET memo = ?, what_happened = ? WHERE id = ?').run(free(h.memo), free(h.wh), h.id)
    }
    reindexDocuments(db)
  })()
  return { ...counts, pseudonyms }
}
