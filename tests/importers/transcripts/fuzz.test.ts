/**
 * Damaged files (cut short, bytes flipped) must never crash the importer nor leave half an
 * import behind: either a consistent import or a NeedleError with the project unchanged.
 */
import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { NeedleError } from '../../../src/shared/errors'
import { makeDocx } from './docx'
import { fixture, FIXTURES, newProject, runImport, tableCounts } from './helpers'

/** A small deterministic PRNG, so a failure can be replayed. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0
    return seed / 2 ** 32
  }
}

function variants(bytes: Uint8Array, seed: number): Uint8Array[] {
  const rand = rng(seed)
  const out: Uint8Array[] = []
  for (let i = 0; i < 6; i++) out.push(bytes.slice(0, Math.floor(rand() * bytes.length)))
  for (let i = 0; i < 10; i++) {
    const copy = bytes.slice()
    const flips = 1 + Math.floor(rand() * 4)
    for (let f = 0; f < flips; f++) copy[Math.floor(rand() * copy.length)] = Math.floor(rand() * 256)
    out.push(copy)
  }
  return out
}

describe('fuzzed transcripts', () => {
  const files: [string, Uint8Array][] = readdirSync(FIXTURES).map((name) => [name, fixture(name)])
  files.push(['made.docx', makeDocx(['Interviewer: Why?', 'Ana: Because.', 'Interviewer: And?', 'Ana: That is all.'])])

  it.each(files)('%s: every truncation and byte flip gives a consistent import or a clear error', async (name, bytes) => {
    const { db } = newProject()
    let seed = 7
    for (const ch of name) seed = (seed * 31 + ch.charCodeAt(0)) >>> 0
    for (const [i, damaged] of variants(bytes, seed).entries()) {
      const before = tableCounts(db)
      try {
        const outcome = await runImport(db, `/fuzz/${name}`, damaged, { options: { skipBadRows: i % 2 === 0 } })
        const text = db.prepare('SELECT text FROM documents WHERE source_id = ?').pluck().get(outcome.sourceId) as string
        const spans = db
          .prepare('SELECT u.start, u.end FROM utterances u JOIN documents d ON d.id = u.document_id WHERE d.source_id = ?')
          .all(outcome.sourceId) as { start: number; end: number }[]
        expect(spans).toHaveLength(outcome.utterances)
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(0)
          expect(s.end).toBeLessThanOrEqual(text.length)
          expect(s.end).toBeGreaterThan(s.start)
        }
        db.prepare('DELETE FROM sources WHERE id = ?').run(outcome.sourceId)
        db.prepare('DELETE FROM participants').run()
      } catch (err) {
        expect(err, `${name}: ${(err as Error).message}`).toBeInstanceOf(NeedleError)
        expect((err as NeedleError).message).toContain(name)
        expect(tableCounts(db)).toEqual(before)
      }
    }
    expect(tableCounts(db)).toMatchObject({ sources: 0, documents: 0, utterances: 0, participants: 0 })
  })
})
