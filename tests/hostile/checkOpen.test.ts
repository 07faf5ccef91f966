/** `needle check` and open agree: a file with broken references and offsets past its text is listed by check and refused by open. */
import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkProjectFile } from '../../src/main/db/check'
import { SCHEMA_VERSION } from '../../src/main/db/migrations'
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
})
