/**
 * Persona cards hold their uncoded quotes by document offsets (content.uncoded, the blockquotes'
 * data-quote-ref, the references the researcher rejected). Anonymising changes the length of the
 * text before and inside those quotes, and its word-by-word pass over every JSON string cannot know
 * which strings are words and which are structure (a source named "interview" would rename the
 * quote's kind). So, after that pass, each card's quotes are re-anchored through the document's
 * edits: offsets and references moved, the words read again from the anonymised text, and the
 * quote's kind put back as it was.
 */
import type Database from 'better-sqlite3'
import type { PersonaContent } from '../../../shared/persona/content'
import { refOf } from '../personas/openQuotes'

/** An offset in a document's old text to where it lands in the new one (anonymiseText.ts offsetMapper). */
export type OffsetMap = (offset: number, side: 'start' | 'end') => number

/** Every card's content as it was before anonymising, by persona id: read it before the word pass. */
export function cardContents(db: Database.Database): Map<number, string> {
  return new Map((db.prepare('SELECT id, content FROM personas').raw().all() as [number, string][]).map(([id, c]) => [id, c]))
}

const REF = /^d(\d+)-(\d+)-(\d+)$/

export function reanchorCardQuotes(db: Database.Database, before: ReadonlyMap<number, string>, maps: ReadonlyMap<number, OffsetMap>): void {
  const text = db.prepare('SELECT text FROM documents WHERE id = ?').pluck()
  const read = db.prepare('SELECT content FROM personas WHERE id = ?').pluck()
  const write = db.prepare('UPDATE personas SET content = ? WHERE id = ?')
  for (const [id, old] of before) {
    const was = JSON.parse(old) as PersonaContent
    const now = JSON.parse(read.get(id) as string) as PersonaContent
    // Old reference -> new one, for every quote whose document changed.
    const moved = new Map<string, string>()
    const move = (ref: string): string => {
      const m = REF.exec(ref)
      const map = m ? maps.get(Number(m[1])) : undefined
      if (!m || !map) return ref
      const start = map(Number(m[2]), 'start')
      const next = refOf(Number(m[1]), start, Math.max(map(Number(m[3]), 'end'), start))
      moved.set(ref, next)
      return next
    }
    const uncoded = (was.uncoded ?? []).map((q, i) => {
      const ref = move(q.ref)
      const [, , start, end] = REF.exec(ref)!.map(Number)
      const words = ref === q.ref ? now.uncoded[i].text : ((text.get(q.documentId) as string | undefined)?.slice(start, end) ?? '')
      return { ...now.uncoded[i], ref, start, end, text: words, sourceKind: q.sourceKind }
    })
    const rejected = (was.rejected ?? []).map(move)
    let json = JSON.stringify({ ...now, uncoded, rejected })
    // The blockquotes of the quotes section name their quote by reference.
    for (const [from, to] of moved) json = json.split(`data-quote-ref=\\"${from}\\"`).join(`data-quote-ref=\\"${to}\\"`)
    write.run(json, id)
  }
}
