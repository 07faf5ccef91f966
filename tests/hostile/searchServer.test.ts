/**
 * A search over a huge (80 MB) transcript in the browser edition: other requests are still answered
 * at once, a newer search or search.cancel stops it, and SIGTERM ends the server in seconds.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createProject } from '../../src/main/db/open'
import { locate, locateInWindows } from '../../src/main/services/search/locate'
import { parseQuery } from '../../src/main/services/search/query'
import { SourceStore } from '../../src/main/services/sources/store'
import { tempDir } from '../helpers/tmp'
import { serve } from './serve'

const LINE = 'Dana: we need proof of delivery before the audit, or the client walks.\n'

/** A project with one transcript of about `mb` MB, the rare word planted once near the end. */
function hugeProject(dir: string, mb: number): string {
  const path = join(dir, 'huge.needle')
  const p = createProject(path)
  const store = new SourceStore(p.db)
  const text = LINE.repeat(Math.floor((mb * 1024 * 1024) / LINE.length)) + 'Dana: a zebracorn at the very end.\n'
  p.db.transaction(() => {
    const sourceId = store.addSource({
      kind: 'interview',
      name: 'huge',
      fileName: 'huge.txt',
      checksum: 'x',
      encoding: 'UTF-8',
      rowCount: 0,
    })
    store.addDocument({ sourceId, participantId: null, title: 'huge.txt', text, direction: 'ltr' })
  })()
  p.close()
  return path
}

describe('a long search in the browser edition', () => {
  it('does not delay other requests, is replaced by a newer search, is cancelled by search.cancel, and SIGTERM stops the server', async () => {
    const dir = tempDir()
    const project = hugeProject(dir, 80)
    const server = await serve(project, { cwd: dir, home: join(dir, 'home') })
    try {
      // A page after a cursor past the document's last hit: locating walks all of its ~1,200,000 hits to get there.
      const long = { query: 'delivery', limit: 10, after: { document: 1, start: 2 ** 31 } }
      // No waits between the steps: a fixed wait raced the search, which a fast idle machine
      // finished first. Each request below reaches the server while the search it follows runs.
      const first = server.invoke('search.query', long)
      const info = await server.invoke('project.info', {})
      console.log(`[search] project.info during a long search: ${info.ms} ms`)
      expect(info.body.ok).toBe(true)
      // The search reads the 80 MB document from SQLite in one call (about 15 ms a MB here, on a
      // shared machine) before its first pause; the whole search takes about ten times longer.
      expect(info.ms).toBeLessThan(2_000)

      const second = server.invoke('search.query', long)
      const replaced = await first
      expect(replaced.body.error?.code).toBe('cancelled')
      // The first search is answered 'cancelled' only once the second has started, so the second
      // is running now; cancel it at once (a fixed wait lost the race on a fast, idle machine).
      const cancel = await server.invoke('search.cancel', {})
      expect(cancel.body.value).toEqual({ cancelled: true })
      const cancelled = await second
      expect(cancelled.body.error?.code).toBe('cancelled')
      console.log(`[search] replaced after ${replaced.ms} ms, cancelled after ${cancelled.ms} ms`)

      // A search that finishes still answers right: the planted word, at the very end.
      const rare = await server.invoke('search.query', { query: 'zebracorn', limit: 10 })
      expect(rare.body.value.hits).toHaveLength(1)
      expect(rare.body.value.hits[0].snippet ?? JSON.stringify(rare.body.value.hits[0])).toContain('zebracorn')

      void server.invoke('search.query', long).catch(() => {})
      await new Promise((r) => setTimeout(r, 300))
    } finally {
      const stopMs = await server.stop()
      console.log(`[search] SIGTERM during a long search: exited after ${stopMs} ms`)
      expect(stopMs).toBeLessThan(5_000)
    }
  }, 240_000)

  it('windows inside a long document find exactly the spans one pass finds (phrases across window edges included)', () => {
    const text = LINE.repeat(2_000) + 'Dana: a zebracorn at the very end.\n'
    for (const query of ['"proof of delivery"', 'zebracorn', 'deliv*', 'audit client', 'walked']) {
      const terms = parseQuery(query).terms
      const whole = locate(text, terms)
      // 1,000-character windows: hundreds of edges, many of them inside the phrase.
      const windowed = [...locateInWindows(text, terms, 1_000)].flat()
      expect(windowed, query).toEqual(whole)
    }
    expect(locate(text, parseQuery('"proof of delivery"').terms)).toHaveLength(2_000)
  })
})
