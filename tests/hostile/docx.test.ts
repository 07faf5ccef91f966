/**
 * Word files small on disk and huge inside: 2,000,000 paragraphs, or 300 MB of text, in a few
 * hundred KB. The CLI and the browser edition refuse both within seconds, naming the file and
 * the limit, in well under 1.5 GB (measured from outside, in the process that did the work),
 * and the project is left as it was.
 */
import { spawnSync } from 'node:child_process'
import { statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createProject } from '../../src/main/db/open'
import { readTranscript } from '../../src/main/importers/transcripts/import'
import { BIN, needle, NODE } from '../cli/run'
import { tempDir } from '../helpers/tmp'
import { docxBomb, hugeTextDocx, manyParagraphsDocx } from './bombs'
import { serve } from './serve'

const LIMIT_MB = 1536

// The bombs take a while to deflate (300 MB of text), so they are made once for all tests.
let bombs: string
beforeAll(() => {
  bombs = mkdtempSync(join(tmpdir(), 'needle-bombs-'))
  writeFileSync(join(bombs, 'paragraphs.docx'), manyParagraphsDocx())
  writeFileSync(join(bombs, 'text.docx'), hugeTextDocx())
}, 120_000)
afterAll(() => rmSync(bombs, { recursive: true, force: true }))

function setup() {
  const dir = tempDir()
  const d = { cwd: dir, home: join(dir, 'home') }
  const project = join(dir, 'p.needle')
  createProject(project).close()
  return { dir, d, project, paragraphs: join(bombs, 'paragraphs.docx'), text: join(bombs, 'text.docx') }
}

/** The CLI under GNU time: exit code, stderr and the peak RSS of the needle process. */
function timedImport(project: string, file: string, d: { cwd: string; home: string }) {
  const started = Date.now()
  const r = spawnSync('/usr/bin/time', ['-f', 'MAXRSS_KB=%M', NODE, BIN, 'import', project, file], {
    cwd: d.cwd,
    env: { ...process.env, NEEDLE_HOME: d.home, NEEDLE_DEBUG: '' },
    encoding: 'utf8',
    timeout: 120_000,
  })
  const kb = Number(/MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1])
  return { code: r.status, stderr: r.stderr.replace(/MAXRSS_KB=\d+\n?/, ''), ms: Date.now() - started, peakMb: kb / 1024 }
}

describe('Word bombs', () => {
  it('are small on disk (the point of the attack)', () => {
    const { paragraphs, text } = setup()
    expect(statSync(paragraphs).size).toBeLessThan(1024 * 1024)
    expect(statSync(text).size).toBeLessThan(1024 * 1024)
  })

  it('the CLI refuses both within seconds in under 1.5 GB, naming the file and the limit, and imports nothing', () => {
    const { d, project, paragraphs, text } = setup()
    const many = timedImport(project, paragraphs, d)
    console.log(`[docx bombs] CLI, 2,000,000 paragraphs: exit ${many.code} in ${many.ms} ms, peak ${Math.round(many.peakMb)} MB`)
    expect(many.code).toBe(1)
    expect(many.stderr).toMatch(
      /paragraphs\.docx cannot be imported: it holds more than 50,000 paragraphs.*save it from Word as plain text/,
    )
    expect(many.peakMb).toBeLessThan(LIMIT_MB)
    expect(many.ms).toBeLessThan(30_000)

    const huge = timedImport(project, text, d)
    console.log(`[docx bombs] CLI, 300 MB of text: exit ${huge.code} in ${huge.ms} ms, peak ${Math.round(huge.peakMb)} MB`)
    expect(huge.code).toBe(1)
    expect(huge.stderr).toMatch(/text\.docx cannot be imported: its text unpacks to more than 64 MB of Word XML/)
    expect(huge.peakMb).toBeLessThan(LIMIT_MB)
    expect(huge.ms).toBeLessThan(30_000)

    const info = needle(['info', project, '--json'], d)
    expect(JSON.parse(info.stdout).sources).toBe(0)
  }, 180_000)

  it('the browser edition refuses both in preview and import, stays small, and stops on SIGTERM', async () => {
    const { d, project, paragraphs, text } = setup()
    const server = await serve(project, d)
    try {
      for (const [file, limit] of [
        [paragraphs, /more than 50,000 paragraphs/],
        [text, /more than 64 MB of Word XML/],
      ] as const) {
        const preview = await server.invoke('import.preview', { path: file })
        expect(preview.body.ok).toBe(false)
        expect(preview.body.error?.message).toMatch(limit)
        const run = await server.invoke('import.run', { jobId: `bomb-${preview.ms}`, files: [{ path: file }] })
        expect(run.body.ok).toBe(false)
        expect(run.body.error?.code).toBe('unreadable_file')
        expect(run.body.error?.message).toMatch(limit)
        console.log(`[docx bombs] browser edition: preview ${preview.ms} ms, import ${run.ms} ms, peak ${Math.round(server.peakMb())} MB`)
        expect(preview.ms + run.ms).toBeLessThan(30_000)
      }
      expect(server.peakMb()).toBeLessThan(LIMIT_MB)
      const info = await server.invoke('project.info', {})
      expect(info.body.ok).toBe(true)
      expect(info.body.value.counts.sources).toBe(0)
    } finally {
      expect(await server.stop()).toBeLessThan(5_000)
    }
  }, 180_000)

  it('a long but real transcript still imports: the limits sit far above any interview', async () => {
    const turns = Array.from(
      { length: 4_000 },
      (_, i) => `<w:p><w:r><w:t>${i % 2 ? 'Interviewer' : 'Dana'}: turn ${i} about proof of delivery.</w:t></w:r></w:p>`,
    )
    const bytes = docxBomb(1, turns.join(''))
    const { parsed } = await readTranscript(bytes, 'long.docx')
    expect(parsed.utterances.length).toBe(4_000)
    expect(parsed.text).toContain('turn 3999 about proof of delivery.')
  })
})
