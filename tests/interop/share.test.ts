/** Export for sharing: one compact file; anonymised on the copy only, with highlights still on the same characters. */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkProjectFile } from '../../src/main/db/check'
import { openProject } from '../../src/main/db/open'
import { tempDir } from '../helpers/tmp'
import { codedProject, counts } from './helpers'

describe('project.exportForSharing', () => {
  it('anonymises the copy only: pseudonyms, e-mail and phone replaced, highlights re-anchored on the same words', async () => {
    const f = await codedProject()
    const db = f.session.project!.db
    const original = { counts: counts(db), texts: db.prepare('SELECT text FROM documents ORDER BY id').pluck().all() as string[] }
    const target = join(tempDir(), 'outside.needle')
    const r = await f.run('project.exportForSharing', { path: target, anonymise: true })
    expect(r).toMatchObject({ path: target, anonymised: true, pseudonyms: 5, maskedEmails: 1, maskedPhones: 1 })
    // A single file in rollback mode: nothing beside it, and it passes the full check.
    expect(existsSync(`${target}-wal`)).toBe(false)
    expect([...readFileSync(target).subarray(18, 20)]).toEqual([1, 1])
    expect(checkProjectFile(target).ok).toBe(true)
    // The open project is unchanged.
    expect(counts(db)).toEqual(original.counts)
    expect(db.prepare('SELECT text FROM documents ORDER BY id').pluck().all()).toEqual(original.texts)

    const copy = openProject(target, { readOnly: true })
    try {
      const c = copy.db
      expect(c.prepare('SELECT label FROM participants ORDER BY label').pluck().all()).toEqual(['P001', 'P002', 'P003', 'P004', 'P005'])
      const texts = c.prepare('SELECT text FROM documents ORDER BY id').pluck().all() as string[]
      expect(texts[0]).not.toContain('nadia.k@example.com')
      expect(texts[0]).toContain('Mail [email] or call [phone].')
      expect(texts[0].startsWith('P001:')).toBe(true) // the speaker's name, as her pseudonym
      // Every highlight still covers the same words (offsets carried through the replacements).
      const spans = c.prepare('SELECT d.text, h.start, h.end FROM highlights h JOIN documents d ON d.id = h.document_id').all() as {
        text: string
        start: number
        end: number
      }[]
      expect(spans.map((s) => s.text.slice(s.start, s.end))).toContain('launch 🚀 by Friday 👍🏽')
      // The full-text index was rebuilt from the masked text.
      expect(c.prepare("SELECT count(*) FROM document_fts WHERE document_fts MATCH 'nadia'").pluck().get()).toBe(0)
      expect(c.prepare("SELECT count(*) FROM document_fts WHERE document_fts MATCH 'launch'").pluck().get()).toBe(1)
    } finally {
      copy.close()
    }
    // Nothing of the e-mail survives in the file's bytes (free pages were vacuumed away).
    expect(readFileSync(target).includes(Buffer.from('nadia.k@example.com'))).toBe(false)
  })

  it('without anonymise is a byte-faithful compact copy; an existing file is never overwritten', async () => {
    const f = await codedProject()
    const target = join(tempDir(), 'team.needle')
    const r = await f.run('project.exportForSharing', { path: target })
    expect(r.anonymised).toBe(false)
    const copy = openProject(target, { readOnly: true })
    expect(counts(copy.db)).toEqual(counts(f.session.project!.db))
    copy.close()
    const hash = createHash('sha256').update(readFileSync(target)).digest('hex')
    await expect(f.run('project.exportForSharing', { path: target, anonymise: true })).rejects.toThrow(/already exists/)
    expect(createHash('sha256').update(readFileSync(target)).digest('hex')).toBe(hash)
  })
})
