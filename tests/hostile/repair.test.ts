/**
 * Repair with consent: a project that open refuses for broken references and spans outside their
 * text is backed up, repaired in one transaction (each fix listed), and then opens with its
 * sound work intact. Files with other problems are refused and left as they were.
 */
import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { call, dispatch } from '../../src/main/dispatch'
import { createProject } from '../../src/main/db/open'
import { Session } from '../../src/main/session'
import { SettingsStore } from '../../src/main/services/settings/store'
import { SourceStore } from '../../src/main/services/sources/store'
import { tempDir } from '../helpers/tmp'
import { needle } from '../cli/run'

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex')
const TEXT = 'Dana: we need proof of delivery before the audit. أريد تقارير أسبوعية'

/** A project edited by another program: 2 sound highlights (one coded), and 4 planted breakages. */
function brokenProject(): string {
  const path = join(tempDir(), 'sent.needle')
  const p = createProject(path)
  const store = new SourceStore(p.db)
  p.db.transaction(() => {
    const sourceId = store.addSource({ kind: 'interview', name: 'i', fileName: 'i.txt', checksum: 'x', encoding: 'UTF-8', rowCount: 0 })
    store.addDocument({ sourceId, participantId: null, title: 'i.txt', text: TEXT, direction: 'ltr' })
    p.db.exec(`INSERT INTO codes (name, kind, color, created_at) VALUES ('Proof', 'need', '#336699', 'x')`)
  })()
  p.close()
  const db = new Database(path)
  db.pragma('foreign_keys = OFF')
  const add = db.prepare(`INSERT INTO highlights (id, document_id, start, "end", created_at, updated_at) VALUES (?, ?, ?, ?, 'x', 'x')`)
  add.run(1, 1, 14, 31) // sound: "proof of delivery"
  add.run(2, 1, 55, TEXT.length) // sound: the Arabic words, to the very end
  add.run(3, 999, 0, 5) // its document does not exist
  add.run(4, 1, 10, TEXT.length + 1) // one past the end of the text
  db.exec(`INSERT INTO highlight_codes (highlight_id, code_id) VALUES (1, 1), (4, 1)`)
  db.exec(`UPDATE documents SET participant_id = 77 WHERE id = 1`) // a participant that does not exist
  db.close()
  return path
}

function session(): Session {
  return new Session('browser', new SettingsStore(join(tempDir(), 'settings.json')))
}

describe('repair with consent', () => {
  it('backs up, repairs in one transaction listing every fix, and the project then opens with its sound work', async () => {
    const path = brokenProject()
    const before = sha(path)
    const s = session()
    const refused = await dispatch(s, 'project.open', { path })
    expect(refused.ok ? null : refused.error.code).toBe('corrupt')
    const check = await call(s, 'project.check', { path })
    expect(check).toMatchObject({ ok: false, repairable: true })
    expect(check.problems).toHaveLength(3)

    // Consent is part of the input: without it nothing happens.
    const unasked = await dispatch(s, 'project.repair', { path })
    expect(unasked.ok ? null : unasked.error.code).toBe('invalid_input')
    expect(sha(path)).toBe(before)

    const repair = await call(s, 'project.repair', { path, backUpAndRepair: true })
    expect(repair.repairs).toEqual([
      `highlights row 4: removed, it spanned 10-${TEXT.length + 1} in document 1, whose text is ${TEXT.length} characters (with 1 row that depended on it)`,
      'highlights row 3: removed, it pointed to a missing documents row',
      'documents row 1: cleared its participant_id, which pointed to a missing participants row',
    ])
    // The backup sits beside the file, says what it is, and is the file as it was.
    expect(dirname(repair.backup!)).toBe(`${path}.backups`)
    expect(basename(repair.backup!)).toMatch(/^sent-.*-before-repair\.needle$/)
    const copy = new Database(repair.backup!, { readonly: true })
    expect(copy.prepare('SELECT id FROM highlights ORDER BY id').pluck().all()).toEqual([1, 2, 3, 4])
    copy.close()

    expect(await call(s, 'project.check', { path })).toMatchObject({ ok: true, problems: [], repairable: false })
    await call(s, 'project.open', { path })
    const highlights = await call(s, 'highlights.list', { documentId: 1 })
    expect(highlights.map((h) => [h.start, h.end, TEXT.slice(h.start, h.end)])).toEqual([
      [14, 31, 'proof of delivery'],
      [55, TEXT.length, 'تقارير أسبوعية'],
    ])
    expect(highlights[0].codes.map((c) => c.id)).toEqual([1])
    s.closeProject()
  })

  it('refuses a file with a trigger, changing nothing and writing no backup', async () => {
    const path = brokenProject()
    const db = new Database(path)
    db.exec(`CREATE TRIGGER spy AFTER INSERT ON codes BEGIN DELETE FROM memos; END`)
    db.close()
    const before = sha(path)
    const s = session()
    expect(await call(s, 'project.check', { path })).toMatchObject({ ok: false, repairable: false })
    const refused = await dispatch(s, 'project.repair', { path, backUpAndRepair: true })
    expect(refused.ok ? null : refused.error.message).toMatch(/sent\.needle cannot be repaired by Needle: trigger "spy".*left untouched/)
    expect(sha(path)).toBe(before)
    expect((await call(s, 'project.check', { path })).backups).toEqual([])
  })

  it('a sound file needs no repair: no backup, nothing changed', async () => {
    const path = join(tempDir(), 'fine.needle')
    createProject(path).close()
    const before = sha(path)
    expect(await call(session(), 'project.repair', { path, backUpAndRepair: true })).toEqual({ path, backup: null, repairs: [] })
    expect(sha(path)).toBe(before)
  })
})

describe('needle check --repair', () => {
  it('lists what it would fix and changes nothing without --yes; with --yes backs up, repairs and prints both', () => {
    const path = brokenProject()
    const dir = dirname(path)
    const opts = { cwd: dir, home: join(dir, 'home') }
    const before = sha(path)
    const asked = needle(['check', path, '--repair'], opts)
    expect(asked.code).toBe(1)
    expect(asked.stdout).toContain('highlights row 4 spans 10-')
    expect(asked.stderr).toContain(`run: needle check ${path} --repair --yes`)
    expect(sha(path)).toBe(before)

    const done = needle(['check', path, '--repair', '--yes'], opts)
    expect(done.code).toBe(0)
    expect(done.stdout).toMatch(/repaired \(3 fixes\)/)
    expect(done.stdout).toMatch(
      new RegExp(`Backup: +${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.backups/sent-.*-before-repair\\.needle`),
    )
    expect(done.stdout).toContain('highlights row 3: removed, it pointed to a missing documents row')
    expect(needle(['check', path], opts).code).toBe(0)
    expect(needle(['info', path], opts).code).toBe(0)
  })
})
