/**
 * Fuzzing the REFI-QDA importer for a bounded time: random bytes, byte flips in real and
 * Needle-made archives, and mutated project.qde re-zipped. Every outcome is either an import
 * or a clear error naming the file; an error never leaves partial data behind.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { NeedleError } from '../../src/shared/errors'
import { project } from '../coding/fixture'
import { hasRealData, realFile } from '../helpers/realData'
import { tempDir } from '../helpers/tmp'
import { codedProject, counts } from './helpers'

const BUDGET_MS = Number(process.env.NEEDLE_FUZZ_MS ?? 6000)

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('fuzzing the .qdpx importer', () => {
  it('never crashes, never leaves partial data, always says which file and what to do', async () => {
    const dir = tempDir()
    const made = await codedProject()
    const own = readFileSync((await made.run('interop.exportQdpx', { path: join(dir, 'own.qdpx') })).path)
    const seeds: Uint8Array[] = [own]
    if (hasRealData) seeds.push(readFileSync(realFile('refi_qda', 'samples', 'atlasti8_standard_project_TestProject.qdpx')))
    const random = mulberry32(7)
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]
    const target = project([{ text: 'Existing interview text.' }])
    const db = target.session.project!.db
    const tally = { cases: 0, imported: 0, refused: 0, byKind: {} as Record<string, number> }
    const started = Date.now()
    while (Date.now() - started < BUDGET_MS) {
      const kind = pick(['random bytes', 'byte flips', 'truncated', 'mutated qde'])
      let bytes: Uint8Array
      const seed = pick(seeds)
      if (kind === 'random bytes') bytes = Uint8Array.from({ length: 1 + Math.floor(random() * 4000) }, () => Math.floor(random() * 256))
      else if (kind === 'truncated') bytes = seed.slice(0, Math.floor(random() * seed.length))
      else if (kind === 'byte flips') {
        bytes = new Uint8Array(seed) // a copy: Buffer.slice would flip bytes in the seed itself
        for (let i = 0; i < 1 + random() * 20; i++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256)
      } else {
        const entries = unzipSync(seed)
        const name = Object.keys(entries).find((n) => /project\.qde$/i.test(n))!
        let xml = strFromU8(entries[name])
        for (let i = 0; i < 1 + random() * 5; i++) {
          const at = Math.floor(random() * xml.length)
          const op = pick(['cut', 'dup', 'number', 'junk'])
          if (op === 'cut') xml = xml.slice(0, at) + xml.slice(at + Math.floor(random() * 200))
          else if (op === 'dup') xml = xml.slice(0, at) + xml.slice(at, at + 300) + xml.slice(at)
          else if (op === 'number') xml = xml.replace(/Position="\d+"/, `Position="${pick(['-1', '99999999', 'x', '1e9', ''])}"`)
          else xml = xml.slice(0, at) + pick(['<', '&', '"', '\u0000', '<!DOCTYPE x [<!ENTITY a "b">]>', '</Code>', '🚀']) + xml.slice(at)
        }
        entries[name] = strToU8(xml)
        bytes = zipSync(entries)
      }
      const file = join(dir, `case-${tally.cases}.qdpx`)
      writeFileSync(file, bytes)
      const before = counts(db)
      tally.cases++
      tally.byKind[kind] = (tally.byKind[kind] ?? 0) + 1
      try {
        await target.run('interop.importQdpx', { path: file })
        tally.imported++
        expect(db.pragma('foreign_key_check')).toEqual([])
      } catch (err) {
        tally.refused++
        expect(err).toBeInstanceOf(NeedleError)
        expect((err as NeedleError).code, (err as Error).message).not.toBe('internal')
        expect((err as Error).message).toContain(`case-${tally.cases - 1}.qdpx`)
        expect(counts(db)).toEqual(before)
      }
    }
    console.log(
      `[fuzz] ${tally.cases} files in ${BUDGET_MS} ms (${JSON.stringify(tally.byKind)}): ${tally.imported} imported, ${tally.refused} refused with a clear error, 0 crashes, 0 partial imports`,
    )
    expect(tally.cases).toBeGreaterThan(20)
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
  }, 60_000)
})
