/**
 * Damaged copies of every fixture (truncated, bytes flipped) must never crash the importer:
 * each gives a correct import or a NeedleError, and a failed import leaves every table empty.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { NeedleError } from '../../../src/shared/errors'
import { count, fixture, FIXTURES, newProject, runImport, writtenCounts } from './harness'

// Deterministic, so a failure can be replayed.
function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

function mutations(bytes: Uint8Array, seed: number): Uint8Array[] {
  const rand = rng(seed)
  const out: Uint8Array[] = []
  for (const frac of [0, 0.1, 0.33, 0.5, 0.77, 0.99]) out.push(bytes.slice(0, Math.floor(bytes.length * frac)))
  for (let i = 0; i < 10; i++) {
    const copy = bytes.slice()
    const flips = 1 + Math.floor(rand() * 4)
    for (let f = 0; f < flips; f++)
      copy[Math.floor(rand() * copy.length)] = [0x22, 0x2c, 0x0a, 0x0d, 0x09, 0x00, 0xff, 0xc3][Math.floor(rand() * 8)]
    out.push(copy)
  }
  return out
}

const files = readdirSync(FIXTURES).filter((f) => /\.(csv|tsv)$/.test(f))

test.each(files)('damaged copies of %s import correctly or fail cleanly', async (name) => {
  const p = newProject()
  const original = fixture(name)
  let i = 0
  for (const bytes of mutations(original, name.length * 7919)) {
    const before = writtenCounts(p)
    const label = `${name} mutation ${i++}`
    try {
      const out = await runImport(p, join(FIXTURES, name), bytes, { skipBadRows: i % 2 === 0 })
      // A success is a whole, consistent import of this source.
      const source = p.db.prepare('SELECT id, row_count AS rows FROM sources ORDER BY id DESC LIMIT 1').get() as {
        id: number
        rows: number
      }
      expect(source.rows, label).toBe(out.rows)
      expect(count(p, 'SELECT count(*) FROM documents WHERE source_id = ?', source.id), label).toBe(out.documents)
      expect(count(p, "SELECT count(*) FROM documents WHERE source_id = ? AND text = ''", source.id), label).toBe(0)
      expect(out.participants, label).toBeLessThanOrEqual(out.rows)
    } catch (err) {
      if (!(err instanceof NeedleError)) throw new Error(`${label}: crashed with ${(err as Error).stack}`)
      expect(err.message.length, label).toBeGreaterThan(10)
      expect(writtenCounts(p), label).toEqual(before)
    }
  }
})
