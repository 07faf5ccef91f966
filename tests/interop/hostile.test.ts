/** needle check on hostile project files: each problem said clearly, and the file never changed. */
import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkProjectFile } from '../../src/main/db/check'
import { createProject } from '../../src/main/db/open'
import { needle } from '../cli/run'
import { tempDir } from '../helpers/tmp'

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex')

function hostile(sql: string): string {
  const path = join(tempDir(), 'sent.needle')
  createProject(path).close()
  const db = new Database(path)
  db.exec(sql)
  db.close()
  return path
}

describe('needle check on hostile files', () => {
  it('reports triggers, views, a drifted schema and huge values, each in its own words', () => {
    const cases: [string, RegExp][] = [
      [
        'CREATE TRIGGER t AFTER INSERT ON highlights BEGIN DELETE FROM codes; END',
        /trigger "t" on highlights: Needle's projects have no triggers/,
      ],
      ["CREATE VIEW v AS SELECT load_extension('x')", /view "v": not a view Needle defines/],
      // Needle's own view, redefined to show rows the file does not hold.
      [
        "DROP VIEW participant_attributes; CREATE VIEW participant_attributes (participant_id, attribute_id, value) AS SELECT 1, 1, 'forged'",
        /view "participant_attributes": not a view Needle defines/,
      ],
      ['CREATE TABLE extra (x)', /unexpected table "extra".*schema drifted/],
      ['ALTER TABLE codes ADD COLUMN secret TEXT', /table "codes" differs from Needle's definition/],
      ['DROP INDEX highlights_document', /index "highlights_document" is missing/],
      [
        "INSERT INTO personas (name, content, avatar, created_at, updated_at) VALUES ('x', '{}', zeroblob(70 * 1024 * 1024), '', '')",
        /personas\.avatar holds a value of 70 MB/,
      ],
    ]
    for (const [sql, expected] of cases) {
      const path = hostile(sql)
      const before = sha(path)
      const r = checkProjectFile(path)
      expect(r.ok, sql).toBe(false)
      expect(r.problems.join('\n'), sql).toMatch(expected)
      expect(sha(path)).toBe(before)
    }
  })

  it('the CLI says a file with a trigger is not safe, and refuses other programs and newer versions', () => {
    const dir = tempDir()
    const d = { cwd: dir, home: join(dir, 'home') }
    const trig = hostile('CREATE TRIGGER t AFTER INSERT ON highlights BEGIN DELETE FROM codes; END')
    const r = needle(['check', trig], d)
    expect(r.code).toBe(1)
    expect(r.errLines).toEqual([expect.stringMatching(/sent\.needle is not safe to open: trigger "t"/)])
    const other = hostile('PRAGMA application_id = 1234')
    expect(needle(['check', other], d).errLines[0]).toMatch(
      /not a Needle project: it is an SQLite database of another program \(application_id 0x4d2\)/,
    )
    const future = hostile('PRAGMA user_version = 99')
    expect(needle(['check', future], d).errLines[0]).toMatch(/saved by a newer Needle \(project schema v99\).*Update Needle/)
  }, 120_000)
})
