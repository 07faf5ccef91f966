/**
 * REFI-QDA files that lie: a project.qde huge inside a small .qdpx, one with more elements than
 * any parse should build, and GUIDs that name two things at once. Each is refused with the file,
 * the limit or the duplicate named, quickly and in bounded memory, and the project is untouched.
 */
import { spawnSync } from 'node:child_process'
import { statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { createProject, openProject } from '../../src/main/db/open'
import { importRefiFile } from '../../src/main/services/interop/qdpx/import'
import { BIN, NODE } from '../cli/run'
import { tempDir } from '../helpers/tmp'
import { counts } from '../interop/helpers'
import { streamedZip } from './bombs'

const HEAD = '<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="sent" origin="a colleague">'
const CODES =
  '<CodeBook><Codes><Code guid="c0000000-0000-4000-8000-000000000001" name="Proof of delivery" isCodable="true"/></Codes></CodeBook>'
const guid = (prefix: string, i: number) => `${prefix}0000000-0000-4000-8000-${String(i).padStart(12, '0')}`

function textSource(g: string, name: string, selection: string): string {
  return (
    `<TextSource guid="${g}" name="${name}" plainTextPath="internal://${name}.txt">` +
    `<PlainTextSelection guid="${selection}" startPosition="0" endPosition="5"><Coding guid="${selection.replace(/^./, 'e')}"><CodeRef targetGUID="c0000000-0000-4000-8000-000000000001"/></Coding></PlainTextSelection></TextSource>`
  )
}

/** Runs `needle import` on a file under GNU time. */
function cliImport(dir: string, project: string, file: string) {
  const started = Date.now()
  const r = spawnSync('/usr/bin/time', ['-f', 'MAXRSS_KB=%M', NODE, BIN, 'import', project, file], {
    cwd: dir,
    env: { ...process.env, NEEDLE_HOME: join(dir, 'home'), NEEDLE_DEBUG: '' },
    encoding: 'utf8',
    timeout: 120_000,
  })
  return {
    code: r.status,
    stderr: r.stderr.replace(/MAXRSS_KB=\d+\n?/, ''),
    peakMb: Number(/MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1]) / 1024,
    ms: Date.now() - started,
  }
}

describe('REFI-QDA files huge inside', () => {
  it('a .qdpx whose project.qde unpacks to 300 MB is refused by what it unpacks to, in bounded memory', () => {
    const dir = tempDir()
    const project = join(dir, 'p.needle')
    createProject(project).close()
    const file = join(dir, 'huge.qdpx')
    const padding = strToU8(`<Description>${'x'.repeat(1024 * 1024)}</Description>`)
    writeFileSync(
      file,
      streamedZip([
        {
          name: 'project.qde',
          *pieces() {
            yield strToU8(HEAD + CODES + '<Notes><Note guid="' + guid('a', 1) + '" name="n">')
            for (let i = 0; i < 300; i++) yield padding
            yield strToU8('</Note></Notes></Project>')
          },
        },
      ]),
    )
    expect(statSync(file).size).toBeLessThan(2 * 1024 * 1024)
    const r = cliImport(dir, project, file)
    console.log(`[refi bombs] 300 MB qde: exit ${r.code} in ${r.ms} ms, peak ${Math.round(r.peakMb)} MB`)
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/huge\.qdpx cannot be imported: its project\.qde unpacks to more than 100 MB of XML\. Nothing was imported/)
    expect(r.peakMb).toBeLessThan(1536)
    expect(r.ms).toBeLessThan(30_000)
  }, 120_000)

  it('a .qdpx just under the size limit with more elements than the parser may build is refused before parsing', () => {
    const dir = tempDir()
    const project = join(dir, 'p.needle')
    createProject(project).close()
    const file = join(dir, 'elements.qdpx')
    // 1,100,000 empty Sets: about 40 MB of XML, under the size limit, and over the element limit.
    const sets = strToU8('<Set name="s"/>'.repeat(10_000))
    writeFileSync(
      file,
      streamedZip([
        {
          name: 'project.qde',
          *pieces() {
            yield strToU8(HEAD + CODES + '<Sets>')
            for (let i = 0; i < 110; i++) yield sets
            yield strToU8('</Sets></Project>')
          },
        },
      ]),
    )
    const r = cliImport(dir, project, file)
    console.log(`[refi bombs] 1.1 M elements: exit ${r.code} in ${r.ms} ms, peak ${Math.round(r.peakMb)} MB`)
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/elements\.qdpx cannot be imported: its XML holds more than 1,000,000 elements/)
    expect(r.peakMb).toBeLessThan(1536)
    expect(r.ms).toBeLessThan(30_000)
  }, 120_000)
})

describe('duplicate GUIDs', () => {
  it('two sources with one GUID are a conflict, reported with the GUID and both names; nothing is imported', () => {
    const dir = tempDir()
    const path = join(dir, 'p.needle')
    createProject(path).close()
    const shared = guid('d', 7)
    const qde =
      HEAD +
      CODES +
      `<Sources>${textSource(shared, 'Interview Amal', guid('b', 1))}${textSource(shared, 'Interview Ben', guid('b', 2))}</Sources></Project>`
    const file = join(dir, 'dupes.qdpx')
    writeFileSync(
      file,
      zipSync({
        'project.qde': strToU8(qde),
        sources: { 'Interview Amal.txt': strToU8('Amal: proof of delivery matters.'), 'Interview Ben.txt': strToU8('Ben: invoices.') },
      }),
    )
    const { db } = openProject(path)
    try {
      const before = counts(db)
      let caught: unknown
      try {
        importRefiFile(db, file)
      } catch (err) {
        caught = err
      }
      expect(caught).toMatchObject({ code: 'conflict' })
      expect((caught as Error).message).toMatch(
        new RegExp(`dupes\\.qdpx cannot be imported: 2 sources share the GUID ${shared} \\("Interview Amal", "Interview Ben"\\)`),
      )
      expect(counts(db)).toEqual(before)
    } finally {
      db.close()
    }
  })

  it('a code GUID used twice is a conflict too', () => {
    const dir = tempDir()
    const file = join(dir, 'codes.qdpx')
    const codes =
      '<CodeBook><Codes><Code guid="c0000000-0000-4000-8000-000000000001" name="Need"/><Code guid="{C0000000-0000-4000-8000-000000000001}" name="Deadline"/></Codes></CodeBook>'
    writeFileSync(file, zipSync({ 'project.qde': strToU8(`${HEAD}${codes}</Project>`) }))
    const path = join(dir, 'p.needle')
    createProject(path).close()
    const { db } = openProject(path)
    try {
      expect(() => importRefiFile(db, file)).toThrow(/2 codes share the GUID c0000000-0000-4000-8000-000000000001 \("Need", "Deadline"\)/)
    } finally {
      db.close()
    }
  })
})
