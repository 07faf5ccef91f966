/**
 * Import speed for the shapes bench/imports.ts does not cover, each against its physical pipeline
 * in the same run (alternating, medians of BENCH_RUNS, default 3):
 *  - needs-rating surveys (an id column, then "Importance: Need j" / "Satisfaction: Need j" pairs
 *    rated 1-5, 3% blank), 10,000 rows × 101 columns and 30,000 × 25. Pipeline: papaparse over the
 *    file, then prepared inserts into a Needle project's own tables (a participant per row, a need
 *    code per pair, a rating row per participant and need) in one transaction;
 *  - interview transcripts: 40 WebVTT files of 1,500 cues (about 20,000 words each). Pipeline: Needle's
 *    transcript reader (readTranscript: decode + parse) per file, then prepared inserts of the source,
 *    the speakers, the document and its utterances, and the FTS5 insert of the normalised text.
 * Needle: importFiles into a fresh project, as the app and the CLI import. Target: ≤ 2× each.
 * Run alone: npx tsx bench/importShapes.ts
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, extname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import Papa from 'papaparse'
import { createProject } from '../src/main/db/open'
import { readTranscript } from '../src/main/importers/transcripts/import'
import { importFiles } from '../src/main/services/imports/run'
import { normaliseForSearch } from '../src/shared/text/arabic'
import { judge, quick } from './targets'

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3))

function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0
    return seed / 2 ** 32
  }
}

function writeNeedsSurvey(path: string, rows: number, needs: number): void {
  const r = rng(11)
  const head = [
    'Respondent ID',
    ...Array.from({ length: needs }, (_, j) => [`Importance: Need ${j + 1}`, `Satisfaction: Need ${j + 1}`]).flat(),
  ]
  const lines = [head.join(',')]
  for (let i = 0; i < rows; i++)
    lines.push([`R${i + 1}`, ...Array.from({ length: needs * 2 }, () => (r() < 0.03 ? '' : String(1 + Math.floor(r() * 5))))].join(','))
  writeFileSync(path, `${lines.join('\r\n')}\r\n`)
}

const WORDS =
  'we need the route to change when a driver is late and customers want to know the arrival time before the end of the day so dispatch calls them again invoices sync finance'.split(
    ' ',
  )

function writeTranscripts(dir: string, files: number, cues: number): string[] {
  const r = rng(5)
  const paths: string[] = []
  const stamp = (s: number) =>
    `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`
  for (let f = 0; f < files; f++) {
    const out = ['WEBVTT', '']
    for (let c = 0; c < cues; c++) {
      const words = Array.from({ length: 6 + Math.floor(r() * 20) }, () => WORDS[Math.floor(r() * WORDS.length)])
      out.push(
        `${c + 1}`,
        `${stamp(c * 4)} --> ${stamp(c * 4 + 3)}`,
        `<v ${c % 2 ? `Participant ${f + 1}` : 'Interviewer'}>${words.join(' ')}.`,
        '',
      )
    }
    const path = join(dir, `interview-${String(f + 1).padStart(2, '0')}.vtt`)
    writeFileSync(path, out.join('\n'))
    paths.push(path)
  }
  return paths
}

function needsPipeline(file: string, dbPath: string): number {
  const t = performance.now()
  const { db, close } = createProject(dbPath)
  const now = new Date().toISOString()
  const source = db.prepare("INSERT INTO sources (kind, name, file_name, imported_at) VALUES ('survey', 'needs', 'needs.csv', ?)")
  const participant = db.prepare('INSERT INTO participants (label, created_at) VALUES (?, ?)')
  const code = db.prepare("INSERT INTO codes (name, kind, color, created_at) VALUES (?, 'need', '#2f9e44', ?)")
  const rating = db.prepare('INSERT INTO ratings (participant_id, code_id, source_id, importance, satisfaction) VALUES (?, ?, ?, ?, ?)')
  db.exec('BEGIN IMMEDIATE')
  const sourceId = Number(source.run(now).lastInsertRowid)
  let codes: number[] = []
  let first = true
  Papa.parse<string[]>(readFileSync(file, 'utf8'), {
    skipEmptyLines: true,
    step({ data: f }) {
      if (first) {
        first = false
        codes = Array.from({ length: (f.length - 1) / 2 }, (_, j) =>
          Number(code.run(f[1 + 2 * j].slice('Importance: '.length), now).lastInsertRowid),
        )
        return
      }
      const pid = Number(participant.run(f[0], now).lastInsertRowid)
      for (let j = 0; j < codes.length; j++) {
        const imp = f[1 + 2 * j]
        const sat = f[2 + 2 * j]
        if (imp === '' && sat === '') continue
        rating.run(pid, codes[j], sourceId, imp === '' ? null : Number(imp), sat === '' ? null : Number(sat))
      }
    },
  })
  db.exec('COMMIT')
  close()
  return performance.now() - t
}

async function transcriptsPipeline(files: string[], dbPath: string): Promise<number> {
  const t = performance.now()
  const { db, close } = createProject(dbPath)
  const now = new Date().toISOString()
  const source = db.prepare("INSERT INTO sources (kind, name, file_name, imported_at) VALUES ('interview', ?, ?, ?)")
  const participant = db.prepare('INSERT INTO participants (label, is_interviewer, created_at) VALUES (?, ?, ?)')
  const document = db.prepare('INSERT INTO documents (source_id, participant_id, title, text, created_at) VALUES (?, ?, ?, ?, ?)')
  const utterance = db.prepare(
    'INSERT INTO utterances (document_id, seq, speaker, participant_id, start, end, time_start_ms, time_end_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  )
  const fts = db.prepare('INSERT INTO document_fts (rowid, body) VALUES (?, ?)')
  const speakers = new Map<string, number>()
  db.exec('BEGIN IMMEDIATE')
  for (const file of files) {
    const { parsed } = await readTranscript(readFileSync(file), file)
    const sourceId = Number(source.run(basename(file, extname(file)), basename(file), now).lastInsertRowid)
    for (const s of parsed.speakers)
      if (!speakers.has(s)) speakers.set(s, Number(participant.run(s, s === 'Interviewer' ? 1 : 0, now).lastInsertRowid))
    const documentId = Number(document.run(sourceId, null, basename(file), parsed.text, now).lastInsertRowid)
    parsed.utterances.forEach((u, seq) =>
      utterance.run(
        documentId,
        seq,
        u.speaker,
        u.speaker === null ? null : speakers.get(u.speaker)!,
        u.start,
        u.end,
        u.timeStartMs ?? null,
        u.timeEndMs ?? null,
      ),
    )
    fts.run(documentId, normaliseForSearch(parsed.text))
  }
  db.exec('COMMIT')
  close()
  return performance.now() - t
}

async function needle(paths: string[], dbPath: string): Promise<{ ms: number; rows: number }> {
  const t = performance.now()
  const project = createProject(dbPath)
  const outcomes = await importFiles(
    project.db,
    paths.map((path) => ({ path })),
  )
  project.close()
  return { ms: performance.now() - t, rows: outcomes.reduce((s, o) => s + o.rows, 0) }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]

async function compare(
  label: string,
  dir: string,
  ours: (db: string) => Promise<{ ms: number; rows: number }>,
  pipeline: (db: string) => Promise<number> | number,
) {
  const a: number[] = []
  const b: number[] = []
  let rows = 0
  // One untimed round of each first (file cache, JIT), then alternating which side goes first.
  await pipeline(join(dir, `pipe-${label.length}-warm.needle`))
  await ours(join(dir, `ours-${label.length}-warm.needle`))
  for (let r = 0; r < RUNS; r++) {
    const side = async (which: number) => {
      if (which === 0) b.push(await pipeline(join(dir, `pipe-${label.length}-${r}.needle`)))
      else {
        const o = await ours(join(dir, `ours-${label.length}-${r}.needle`))
        a.push(o.ms)
        rows = o.rows
      }
    }
    await side(r % 2)
    await side(1 - (r % 2))
  }
  console.log(
    `  ${label}: Needle median ${median(a).toFixed(0)} ms (${rows.toLocaleString('en')} rows), pipeline median ${median(b).toFixed(0)} ms (runs ${a.map((x) => x.toFixed(0)).join('/')} vs ${b.map((x) => x.toFixed(0)).join('/')})`,
  )
  judge(`import ${label} / its pipeline`, median(a) / median(b), 2, { unit: '×' })
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'needle-bench-shapes-'))
  try {
    console.log('\nImports of needs-rating surveys and transcripts, against papaparse or the transcript reader + prepared inserts (+ FTS)')
    const surveys = quick()
      ? [{ rows: 2_000, needs: 50 }]
      : [
          { rows: 10_000, needs: 50 },
          { rows: 30_000, needs: 12 },
        ]
    for (const { rows, needs } of surveys) {
      const file = join(dir, `needs-${rows}.csv`)
      writeNeedsSurvey(file, rows, needs)
      await compare(
        `needs survey ${rows.toLocaleString('en')} × ${1 + needs * 2}`,
        dir,
        (db) => needle([file], db),
        (db) => needsPipeline(file, db),
      )
    }
    const vtt = join(dir, 'vtt')
    mkdirSync(vtt)
    const files = quick() ? writeTranscripts(vtt, 5, 500) : writeTranscripts(vtt, 40, 1500)
    await compare(
      `transcripts ${files.length} × VTT`,
      dir,
      (db) => needle(files, db),
      (db) => transcriptsPipeline(files, db),
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run()
