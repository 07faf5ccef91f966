/**
 * A teammate's project big enough that merging or importing it takes seconds: `n` interviews (told
 * apart from another teammate's by `who`), each its own participant, each with one coded span.
 */
import { createProject } from '../../src/main/db/open'
import { SourceStore } from '../../src/main/services/sources/store'

export function bigProject(path: string, n: number, who: string): void {
  const p = createProject(path)
  const store = new SourceStore(p.db)
  p.db.transaction(() => {
    const code = p.db
      .prepare("INSERT INTO codes (name, kind, color, sort, created_at) VALUES ('Proof', 'need', '#336699', 0, '2026-01-01')")
      .run().lastInsertRowid
    const highlight = p.db.prepare('INSERT INTO highlights (document_id, start, "end", created_at, updated_at) VALUES (?, 0, 9, ?, ?)')
    const link = p.db.prepare('INSERT INTO highlight_codes (highlight_id, code_id) VALUES (?, ?)')
    for (let i = 0; i < n; i++) {
      const sourceId = store.addSource({
        kind: 'interview',
        name: `interview ${i}`,
        fileName: `interview-${i}.txt`,
        checksum: `${who}-${i}`,
        encoding: 'UTF-8',
        rowCount: 1,
      })
      const text = `${who} interview ${i}: we need proof of delivery before the audit, or the client walks away. `.repeat(12)
      const doc = store.addDocument({
        sourceId,
        participantId: store.participant(`P${i}`),
        title: `interview ${i}`,
        text,
        direction: 'ltr',
      })
      link.run(highlight.run(doc, '2026-01-01', '2026-01-01').lastInsertRowid, code)
    }
  })()
  p.close()
}
