/**
 * Long imports and exports in the browser edition: other requests are answered within a bound
 * while they run, and cancelling one stops it and leaves the project (or the export folder) as
 * it was. Measured from outside, against `needle serve` in its own process, as users run it.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createProject } from '../../src/main/db/open'
import { tempDir } from '../helpers/tmp'
import { serve, type Served } from './serve'

const ROWS = 30_000

/** A survey export of ROWS respondents (fixed content: row i says route i), about 2.7 MB. */
function bigCsv(path: string, tag: string): void {
  const rows = ['Respondent,Country,What would make planning easier?']
  for (let i = 1; i <= ROWS; i++) rows.push(`${tag}${i},UK,"Route ${i} was late again, we need earlier planning and proof of delivery"`)
  writeFileSync(path, rows.join('\n'))
}

/** Asks project.info again and again while `job` runs; the slowest answer, and how many were asked. */
async function infoWhile(server: Served, job: Promise<unknown>): Promise<{ slowest: number; asked: number }> {
  const state = { running: true }
  void job.finally(() => (state.running = false))
  let slowest = 0
  let asked = 0
  while (state.running) {
    const info = await server.invoke('project.info', {})
    expect(info.body.ok).toBe(true)
    slowest = Math.max(slowest, info.ms)
    asked++
  }
  return { slowest, asked }
}

describe('long imports and exports in the browser edition', () => {
  it('imports and exports leave other requests answered, and cancel stops them with nothing imported or written', async () => {
    const dir = tempDir()
    const project = join(dir, 'p.needle')
    createProject(project).close()
    const first = join(dir, 'wave1.csv')
    const second = join(dir, 'wave2.csv')
    bigCsv(first, 'A')
    bigCsv(second, 'B')
    const server = await serve(project, { cwd: dir, home: join(dir, 'home') })
    try {
      const started = Date.now()
      const run = server.invoke('import.run', { jobId: 'wave1', files: [{ path: first }] })
      const during = await infoWhile(server, run)
      const done = await run
      const importMs = Date.now() - started
      expect(done.body.value.sources[0].rows).toBe(ROWS)
      console.log(`[import] ${ROWS} rows in ${importMs} ms; project.info answered ${during.asked} times, slowest ${during.slowest} ms`)
      expect(during.asked).toBeGreaterThan(5)
      expect(during.slowest).toBeLessThan(2_000)
      const after = (await server.invoke('project.info', {})).body.value.counts

      const cancelled = server.invoke('import.run', { jobId: 'wave2', files: [{ path: second }] })
      // The job exists from the moment the server reads the request: cancel as soon as it does.
      let asked = 0
      while (!(await server.invoke('import.cancel', { jobId: 'wave2' })).body.value.cancelled) asked++
      const cancelAt = Date.now()
      const answer = await cancelled
      console.log(`[import] cancel found the job after ${asked} tries; the import answered ${Date.now() - cancelAt} ms after cancel`)
      expect(answer.body.error?.code).toBe('cancelled')
      expect(Date.now() - cancelAt).toBeLessThan(importMs / 2)
      expect((await server.invoke('project.info', {})).body.value.counts).toEqual(after)

      // Exports of the 30,000 answers: REFI-QDA (a source per answer) and the codings table.
      for (const [channel, file, extra] of [
        ['interop.exportQdpx', 'out.qdpx', {}],
        ['interop.exportCsv', 'codings.csv', { table: 'codings' }],
      ] as const) {
        const target = join(dir, file)
        const exportStarted = Date.now()
        const exported = server.invoke(channel, { path: target, jobId: `full ${file}`, ...extra })
        const whileExporting = await infoWhile(server, exported)
        const result = await exported
        const exportMs = Date.now() - exportStarted
        expect(result.body.ok).toBe(true)
        expect(existsSync(target)).toBe(true)
        console.log(
          `[export] ${file} in ${exportMs} ms; project.info answered ${whileExporting.asked} times, slowest ${whileExporting.slowest} ms`,
        )
        expect(whileExporting.asked).toBeGreaterThan(3)
        expect(whileExporting.slowest).toBeLessThan(1_000)

        const cancelTarget = join(dir, `cancelled-${file}`)
        const cancelledExport = server.invoke(channel, { path: cancelTarget, jobId: `cancel ${file}`, ...extra })
        let tries = 0
        while (!(await server.invoke('export.cancel', { jobId: `cancel ${file}` })).body.value.cancelled) tries++
        const exportCancelAt = Date.now()
        const answer = await cancelledExport
        console.log(`[export] ${file}: cancel found the job after ${tries} tries; answered ${Date.now() - exportCancelAt} ms after cancel`)
        expect(answer.body.error?.code).toBe('cancelled')
        expect(Date.now() - exportCancelAt).toBeLessThan(Math.max(1_000, exportMs / 2))
        // Neither the file asked for nor a partial one beside it.
        expect(readdirSync(dir).filter((f) => f.startsWith('cancelled-'))).toEqual([])
      }
      expect((await server.invoke('project.info', {})).body.value.counts).toEqual(after)
    } finally {
      await server.stop()
    }
  }, 240_000)
})
