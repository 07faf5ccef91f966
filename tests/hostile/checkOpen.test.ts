/** `needle check` and open agree: a file with broken references and offsets past its text is listed by check and refused by open. */
import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkProjectFile } from '../../src/main/db/check'
import { APPLICATION_ID } from '../../src/main/db/fileFormat'
import { migrations, SCHEMA_VERSION } from '../../src/main/db/migrations'
import { createProject, openProject } from '../../src/main/db/open'
import { SourceStore } from '../../src/main/services/sources/store'
import { tempDir } from '../helpers/tmp'

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex')

function brokenProject(): string {
  const path = join(tempDir(), 'sent.needle')
  const p = createProject(path)
  const store = new SourceStore(p.db)
  p.db.transaction(() => {
    const sourceId = store.addSource({ kind: 'interview', name: 'i', fileName: 'i.txt', checksum: 'x', encoding: 'UTF-8', rowCount: 0 })
    store.addDocument({ sourceId, participantId: null, title: 'i.txt', text: 'Dana: proof of delivery.', direction: 'ltr' })
  })()
  p.close()
  // Edited by another program: a highlight on a document that does not exist, one far past its text.
  const db = new Database(path)
  db.pragma('foreign_keys = OFF')
  db.exec(`INSERT INTO highlights (document_id, start, "end", created_at, updated_at) VALUES (999, 0, 5, 'x', 'x');
           INSERT INTO highlights (document_id, start, "end", created_at, updated_at) VALUES (1, 10, 5000, 'x', 'x');`)
  db.close()
  return path
}

describe('check and open agree', () => {
  it('check lists broken references and out-of-range offsets, and open refuses the same file without changing it', () => {
    const path = brokenProject()
    const before = sha(path)
    const check = checkProjectFile(path)
    expect(check.ok).toBe(false)
    expect(check.problems.join('\n')).toMatch(/highlights row 1 points to a missing documents row/)
    expect(check.problems.join('\n')).toMatch(/highlights row 2 spans 10-5000, outside its document's text/)
    let caught: unknown
    try {
      openProject(path).close()
    } catch (err) {
      caught = err
    }
    expect(caught).toMatchObject({ code: 'corrupt' })
    expect((caught as Error).message).toMatch(/sent\.needle is damaged \(2 broken references or offsets .*run "needle check" for the list/)
    expect(sha(path)).toBe(before)
  })

  it('a sound project still opens and passes check', () => {
    const path = join(tempDir(), 'ok.needle')
    createProject(path).close()
    expect(checkProjectFile(path).ok).toBe(true)
    openProject(path).close()
  })
})

describe('a file labelled with the wrong version', () => {
  it('a current file labelled v3 fails check with a clear message, and is left untouched', () => {
    const path = join(tempDir(), 'relabelled.needle')
    createProject(path).close()
    const db = new Database(path)
    db.pragma('user_version = 3')
    db.close()
    const before = sha(path)
    const check = checkProjectFile(path)
    expect(check.ok).toBe(false)
    expect(check.problems.join('\n')).toContain(`labelled schema v3 but its tables are those of schema v${SCHEMA_VERSION}`)
    expect(sha(path)).toBe(before)
  })

  /** A file at `real` (built by the real migrations) whose user_version says `label`. */
  function relabelled(real: number, label: number): string {
    const path = join(tempDir(), `v${real}-as-v${label}.needle`)
    const db = new Database(path)
    db.pragma('foreign_keys = OFF')
    db.transaction(() => {
      for (let v = 0; v < real; v++) migrations[v].up(db)
    })()
    db.pragma(`application_id = ${APPLICATION_ID}`)
    db.pragma(`user_version = ${label}`)
    db.close()
    return path
  }

  it.each([
    [5, 3],
    [SCHEMA_VERSION, 3],
    [SCHEMA_VERSION - 1, 2],
  ])("a v%i file labelled v%i is refused on open with check's message, not an internal error, and left untouched", (real, label) => {
    const path = relabelled(real, label)
    const before = sha(path)
    const message = `labelled schema v${label} but its tables are those of schema v${real}`
    expect(checkProjectFile(path).problems.join('\n')).toContain(message)
    let caught: unknown
    try {
      openProject(path).close()
    } catch (err) {
      caught = err
    }
    expect(caught).toMatchObject({ code: 'corrupt' })
    expect((caught as Error).message).toContain(message)
    expect(sha(path)).toBe(before)
  })

  it('a genuine older file still opens and is upgraded', () => {
    const path = relabelled(3, 3)
    expect(checkProjectFile(path)).toMatchObject({ ok: true, needsUpgrade: true })
    openProject(path).close()
    expect(checkProjectFile(path)).toMatchObject({ ok: true, schemaVersion: SCHEMA_VERSION })
  })
})

describe('offsets are checked in the unit highlights use (UTF-16 code units)', () => {
  // Arabic: 1 UTF-16 unit but 2 UTF-8 bytes a letter. Emoji: 2 UTF-16 units but 1 code point (SQLite's length()).
  const ARABIC = 'نحتاج إثبات التسليم قبل التدقيق' // 31 units, 57 bytes
  const EMOJI = '🚚🚚🚚 late again 🚚' // 20 units, 16 code points

  function project(spans: [doc: 1 | 2, start: number, end: number][]): string {
    const path = join(tempDir(), 'units.needle')
    const p = createProject(path)
    const store = new SourceStore(p.db)
    p.db.transaction(() => {
      const sourceId = store.addSource({ kind: 'interview', name: 'i', fileName: 'i.txt', checksum: 'x', encoding: 'UTF-8', rowCount: 0 })
      store.addDocument({ sourceId, participantId: null, title: 'ar.txt', text: ARABIC, direction: 'rtl' })
      store.addDocument({ sourceId, participantId: null, title: 'emoji.txt', text: EMOJI, direction: 'ltr' })
      const add = p.db.prepare(`INSERT INTO highlights (document_id, start, "end", created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')`)
      for (const [doc, start, end] of spans) add.run(doc, start, end)
    })()
    p.close()
    return path
  }

  it('a highlight past the end of Arabic text is found though it is inside the text in bytes, and open refuses it', () => {
    expect(ARABIC.length).toBe(31)
    expect(Buffer.byteLength(ARABIC)).toBeGreaterThan(40)
    const path = project([
      [1, 0, ARABIC.length], // the whole text: fine
      [1, 20, 40], // past the end in UTF-16 units, inside it in bytes
    ])
    const check = checkProjectFile(path)
    expect(check.problems).toEqual([`highlights row 2 spans 20-40, outside its document's text (31 characters)`])
    expect(() => openProject(path).close()).toThrow(/1 broken references or offsets/)
  })

  it('a highlight to the end of text with emoji is sound though it is past the end in code points', () => {
    expect(EMOJI.length).toBe(20)
    expect([...EMOJI].length).toBe(16)
    const path = project([
      [2, 0, EMOJI.length],
      [2, 6, 17],
      [1, 0, 5],
    ])
    expect(checkProjectFile(path)).toMatchObject({ ok: true, problems: [] })
    openProject(path).close()
  })
})
