/**
 * REFI-QDA export: time and memory of exporting N and 10 N documents, each as a ratio to
 * writing the same bytes (project.qde and the source texts) with fflate alone, and the ratio
 * of 10 N to N, which a linear export keeps near 10. `npx tsx bench/refi.ts [N]`.
 */
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate'
import { createProject, openProject } from '../src/main/db/open'
import { exportQdpx } from '../src/main/services/interop/qdpx/export'
import { readBundle } from '../src/main/services/interop/fromDb'
import { writeProject } from '../src/main/services/interop/qdpx/write'
import { SourceStore } from '../src/main/services/sources/store'

const ANSWERS = [
  'We need proof of delivery before the audit.',
  'Support is slow when the system breaks.',
  'نحتاج إلى تسليم سريع قبل نهاية الشهر.',
]

/** A survey-like project: `n` answers, each its own participant, every tenth coded. */
function project(dir: string, n: number): string {
  const path = join(dir, `p${n}.needle`)
  const p = createProject(path)
  const store = new SourceStore(p.db)
  p.db.transaction(() => {
    const sourceId = store.addSource({
      kind: 'survey',
      name: 'survey',
      fileName: 'survey.csv',
      checksum: `c${n}`,
      encoding: 'UTF-8',
      rowCount: n,
    })
    const code = p.db
      .prepare("INSERT INTO codes (name, kind, color, sort, created_at) VALUES ('Proof', 'need', '#336699', 0, '2026-01-01')")
      .run().lastInsertRowid
    const highlight = p.db.prepare('INSERT INTO highlights (document_id, start, "end", created_at, updated_at) VALUES (?, 0, 5, ?, ?)')
    const link = p.db.prepare('INSERT INTO highlight_codes (highlight_id, code_id) VALUES (?, ?)')
    for (let i = 0; i < n; i++) {
      const participantId = store.participant(`R${i}`)
      const doc = store.addDocument(
        { sourceId, participantId, title: `R${i}`, text: `${ANSWERS[i % 3]} (${i})`, direction: i % 3 === 2 ? 'rtl' : 'ltr' },
        false,
      )
      if (i % 10 === 0) link.run(highlight.run(doc, '2026-01-01', '2026-01-01').lastInsertRowid, code)
    }
  })()
  p.close()
  return path
}

function measure(dir: string, n: number) {
  const path = project(dir, n)
  const db = openProject(path).db
  try {
    const t0 = performance.now()
    const result = exportQdpx(db, join(dir, `out${n}.qdpx`), path)
    const exportMs = performance.now() - t0
    // The physical pipeline: the same entries (project.qde and the texts, small ones stored)
    // zipped by fflate alone and written to a file, with the XML already in hand.
    const written = writeProject(readBundle(db), { name: 'x', seed: 'x', origin: 'x' })
    const qde = strToU8(written.qde)
    const texts = [...written.files].map(([name, text]) => [name, strToU8(text)] as const)
    const t1 = performance.now()
    const fd = openSync(join(dir, `raw${n}.zip`), 'w')
    const zip = new Zip((err, chunk) => {
      if (err) throw err
      writeSync(fd, chunk)
    })
    const entry = new ZipDeflate('project.qde', { level: 6 })
    zip.add(entry)
    entry.push(qde, true)
    for (const [name, bytes] of texts) {
      const e = bytes.length < 4096 ? new ZipPassThrough(`sources/${name}`) : new ZipDeflate(`sources/${name}`, { level: 6 })
      zip.add(e)
      e.push(bytes, true)
    }
    zip.end()
    closeSync(fd)
    const rawMs = performance.now() - t1
    return { n, exportMs, rawMs, bytes: result.bytes, rawBytes: statSync(join(dir, `raw${n}.zip`)).size }
  } finally {
    db.close()
  }
}

export async function run(base = Number(process.argv[2]) || 2_000): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'needle-bench-refi-'))
  try {
    console.log(`\nREFI-QDA export (${base.toLocaleString('en')} and ${(base * 10).toLocaleString('en')} documents)`)
    const small = measure(dir, base)
    const large = measure(dir, base * 10)
    for (const m of [small, large])
      console.log(
        `  ${m.n.toLocaleString('en')} documents: export ${Math.round(m.exportMs)} ms (${(m.bytes / 1e6).toFixed(1)} MB), fflate alone ${Math.round(m.rawMs)} ms: ratio ${(m.exportMs / m.rawMs).toFixed(1)}`,
      )
    console.log(`  10x documents took ${(large.exportMs / small.exportMs).toFixed(1)}x the time (linear: about 10)`)
    console.log(`  peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run()
