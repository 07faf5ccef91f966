/**
 * Survey import speed and memory.
 *
 * 1. A generated 100,000-row × 20-column survey CSV (ids, categories, Likert, numbers, dates,
 *    and three free-text columns with English and Arabic sentences, quoted commas and line
 *    breaks) is imported by Needle (importFiles into a fresh project) and by its physical
 *    pipeline: papaparse over the same file plus better-sqlite3 prepared inserts of the same
 *    rows (a participants row per data row, a documents row per answer) in one transaction.
 *    The physical pipeline is run twice, without and with an FTS5 insert of each answer:
 *    Needle must index every answer for search, so the target (≤ 2x) is judged against the
 *    pipeline WITH the FTS insert; the ratio to the bare one is printed too.
 * 2. Peak memory: the import runs in a child process and reports its peak RSS and the longest
 *    event-loop stall (how long the UI would have waited for a progress event or a cancel).
 *    The 100,000-row file always; a 500 MB file when BENCH_LARGE=1 (it takes minutes and
 *    ~1.5 GB of disk, so a plain `npm run bench` skips it and says so).
 * 3. The mapping step's preview (import.preview through dispatch, as the app calls it), also in
 *    a child process: its peak RSS, its time, and the time of a second preview (what a header
 *    or quote switch costs). On the 500 MB file it runs before the import and after it (when
 *    it must report the file as imported), beside a preview of the file read whole (what the
 *    preview did before it read only a prefix).
 *
 * Run alone: npx tsx bench/imports.ts   (BENCH_RUNS=n repeats, default 3; medians reported)
 */
import Database from 'better-sqlite3'
import { spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import Papa from 'papaparse'
import { createProject } from '../src/main/db/open'
import { call } from '../src/main/dispatch'
import { previewTable } from '../src/main/importers/tables/previewTable'
import { Session } from '../src/main/session'
import { importFiles } from '../src/main/services/imports/run'
import { SettingsStore } from '../src/main/services/settings/store'
import { judge } from './targets'

const ROWS = 100_000
const LARGE_BYTES = 500 * 1024 * 1024
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3))
const HERE = dirname(fileURLToPath(import.meta.url))

/** Deterministic generator so every run measures the same file. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0
    return seed / 2 ** 32
  }
}

const HEADERS = [
  'Respondent ID',
  'Submitted',
  'Country',
  'Plan',
  'Age',
  'Gender',
  'Channel',
  'Company size',
  'Role',
  'Device',
  'Tenure (months)',
  'Monthly spend',
  'Overall satisfaction',
  'I would recommend the product to a colleague',
  'NPS',
  'Seats',
  'Region',
  'What do you need most from the product?',
  'Tell us about a recent problem',
  'Anything else?',
]
const COUNTRIES = ['United Kingdom', 'Jordan', 'Egypt', 'United States', 'Germany', 'Saudi Arabia', 'India', 'Brazil', 'France', 'UAE']
const PLANS = ['Free', 'Starter', 'Team', 'Business', 'Enterprise']
const GENDERS = ['Female', 'Male', 'Non-binary', 'Prefer not to say']
const CHANNELS = ['Email', 'Web', 'Phone', 'Partner', 'Event']
const SIZES = ['1-10', '11-50', '51-200', '201-1000', '1000+']
const ROLES = ['Founder', 'Manager', 'Analyst', 'Engineer', 'Sales', 'Support', 'Teacher', 'Researcher']
const DEVICES = ['Desktop', 'Laptop', 'Tablet', 'Phone']
const REGIONS = ['EMEA', 'APAC', 'NA', 'LATAM']
const SATISFACTION = ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied']
const AGREEMENT = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree']

const EN = [
  'I need the monthly report to export to Excel without breaking the formulas',
  'Our finance team closes the books on the 5th, so invoices must sync before then',
  'The mobile app logs me out every morning, which is frustrating when I am on site',
  'We lost two days of work when the sync failed, and support took a week to answer',
  'Pricing is fine, but the Team plan should include more seats for part-time staff',
  'Onboarding new teachers takes too long; a short video would help a lot',
  'When the network is down we cannot take orders at all, an offline mode is essential',
  'Please add a dark mode, and let us pin the dashboards we use every day',
  'The search finds the right customer only if I type the exact spelling of the name',
  'Our auditors ask for a full history of changes, which we currently keep in a spreadsheet',
  'Integration with our payment provider, "PayFast", keeps timing out at the end of the month',
  'Honestly, it does what we need; the only thing missing is bulk editing',
]
const AR = [
  'نحتاج إلى تقرير المبيعات الشهري قبل نهاية الشهر، والتصدير الحالي بطيء جداً',
  'التطبيق على الهاتف يتوقف عند رفع الفواتير، وهذا يؤخر عمل الفريق',
  'الدعم الفني ممتاز لكن الرد يستغرق يومين في نهاية الأسبوع',
  'نريد أن تعمل الخدمة دون إنترنت لأن الانقطاع متكرر في المدرسة',
  'السعر مناسب، لكن نحتاج مقاعد إضافية للموظفين المؤقتين',
  'أرجو إضافة دعم كامل للغة العربية في التقارير المطبوعة',
]

function pick<T>(r: () => number, list: T[]): T {
  return list[Math.floor(r() * list.length)]
}

/** A free-text answer: one to three sentences, sometimes Arabic, sometimes blank or multi-line. */
function answer(r: () => number): string {
  const u = r()
  if (u < 0.08) return ''
  const arabic = r() < 0.15
  const n = 1 + Math.floor(r() * 3)
  const parts: string[] = []
  for (let i = 0; i < n; i++) parts.push(pick(r, arabic ? AR : EN))
  // Some answers hold line breaks (typed in a textarea), which CSV keeps inside quotes.
  return parts.join(r() < 0.2 ? '.\n' : arabic ? '. ' : '. ') + '.'
}

function csvCell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v
}

function row(r: () => number, i: number): string {
  const day = 1 + Math.floor(r() * 28)
  const month = 1 + Math.floor(r() * 12)
  const cells = [
    `R${String(i + 1).padStart(7, '0')}`,
    `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    pick(r, COUNTRIES),
    pick(r, PLANS),
    String(18 + Math.floor(r() * 50)),
    pick(r, GENDERS),
    pick(r, CHANNELS),
    pick(r, SIZES),
    pick(r, ROLES),
    pick(r, DEVICES),
    String(Math.floor(r() * 120)),
    (r() * 2000).toFixed(2),
    pick(r, SATISFACTION),
    pick(r, AGREEMENT),
    String(Math.floor(r() * 11)),
    String(1 + Math.floor(r() * 250)),
    pick(r, REGIONS),
    answer(r),
    answer(r),
    r() < 0.5 ? '' : answer(r),
  ]
  return cells.map(csvCell).join(',')
}

/** Writes a survey of `rows` rows (or of at least `minBytes` bytes) and returns its row count. */
export function writeSurvey(path: string, opts: { rows?: number; minBytes?: number }): number {
  const r = rng(7)
  const fd = openSync(path, 'w')
  let written = 0
  let i = 0
  try {
    let block = HEADERS.map(csvCell).join(',') + '\r\n'
    const done = () => (opts.rows !== undefined ? i >= opts.rows : written + block.length >= (opts.minBytes ?? 0))
    while (!done()) {
      block += row(r, i++) + '\r\n'
      if (block.length > 1 << 20) {
        written += writeSync(fd, block)
        block = ''
      }
    }
    writeSync(fd, block)
  } finally {
    closeSync(fd)
  }
  return i
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

interface Timed {
  ms: number
  /** CPU time (user + system) of this process: steadier than wall time on a shared machine. */
  cpuMs: number
}

function cpuSince(c0: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(c0)
  return (c.user + c.system) / 1000
}

const RAW_SCHEMA = `
CREATE TABLE participants (
  id INTEGER PRIMARY KEY, label TEXT NOT NULL, created_at TEXT NOT NULL,
  submitted TEXT, country TEXT, plan TEXT, age TEXT, gender TEXT, channel TEXT, company_size TEXT, role TEXT, device TEXT,
  tenure TEXT, spend TEXT, satisfaction TEXT, recommend TEXT, nps TEXT, seats TEXT, region TEXT
) STRICT;
CREATE UNIQUE INDEX participants_label ON participants (label);
CREATE TABLE documents (
  id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL, participant_id INTEGER REFERENCES participants (id),
  title TEXT NOT NULL, text TEXT NOT NULL, direction TEXT NOT NULL DEFAULT 'ltr', question TEXT, row_number INTEGER,
  occurred_at TEXT, revision INTEGER NOT NULL DEFAULT 1, replaces_id INTEGER, created_at TEXT NOT NULL
) STRICT;
CREATE INDEX documents_source ON documents (source_id);
CREATE INDEX documents_participant ON documents (participant_id);
CREATE VIRTUAL TABLE document_fts USING fts5 (body, content = '', contentless_delete = 1, tokenize = 'porter unicode61 remove_diacritics 2');
`

/**
 * The least any importer must do: read and parse the file with papaparse, and insert every
 * row (participant with its 16 values as columns, one document per non-blank answer, with the
 * same columns and indexes as Needle's documents table) with prepared statements in one
 * transaction; with `fts`, also index each answer's text in an FTS5 table like Needle's.
 */
function physical(file: string, dbPath: string, fts: boolean): Timed & { documents: number } {
  const t0 = performance.now()
  const c0 = process.cpuUsage()
  const db = new Database(dbPath)
  db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  // The same page cache Needle's import uses, so the comparison is of the work, not of tuning.
  db.pragma('cache_size = -65536')
  db.exec(RAW_SCHEMA)
  const now = new Date().toISOString()
  const participant = db.prepare(`INSERT INTO participants VALUES (NULL, ?, ?, ${Array(16).fill('?').join(', ')})`)
  const document = db.prepare(
    'INSERT INTO documents (source_id, participant_id, title, text, question, row_number, occurred_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  )
  const index = db.prepare('INSERT INTO document_fts (rowid, body) VALUES (?, ?)')
  let documents = 0
  let line = 0
  db.exec('BEGIN IMMEDIATE')
  Papa.parse<string[]>(readFileSync(file, 'utf8'), {
    skipEmptyLines: true,
    step(result) {
      const f = result.data
      if (line++ === 0) return
      const pid = Number(participant.run(f[0], now, ...f.slice(1, 17)).lastInsertRowid)
      for (let c = 17; c < 20; c++) {
        if (f[c] === '') continue
        const id = document.run(1, pid, `${HEADERS[c]} — ${f[0]}`, f[c], HEADERS[c], line - 1, f[1], now).lastInsertRowid
        if (fts) index.run(id, f[c])
        documents++
      }
    },
  })
  db.exec('COMMIT')
  db.close()
  return { ms: performance.now() - t0, cpuMs: cpuSince(c0), documents }
}

async function needle(file: string, dbPath: string): Promise<Timed & { documents: number; rows: number }> {
  const t0 = performance.now()
  const c0 = process.cpuUsage()
  const project = createProject(dbPath)
  const [outcome] = await importFiles(project.db, [{ path: file }])
  project.close()
  return { ms: performance.now() - t0, cpuMs: cpuSince(c0), documents: outcome.documents, rows: outcome.rows }
}

interface ChildReport {
  ms: number
  rows: number
  documents: number
  maxRssMb: number
  maxLagMs: number
  progressEvents: number
}

/** Imports `file` in a fresh Node process so its peak RSS belongs to this import alone. */
function importInChild(file: string, dbPath: string): ChildReport {
  const out = spawnSync(process.execPath, ['--import', 'tsx', join(HERE, 'imports.ts'), '--child', file, dbPath], {
    cwd: resolve(HERE, '..'),
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  })
  if (out.status !== 0) throw new Error(`child import failed (${out.status}):\n${out.stderr}`)
  return JSON.parse(out.stdout.trim().split('\n').at(-1)!) as ChildReport
}

/**
 * A timer that should fire every 20 ms: how late it fires is how long the UI would wait.
 * stop() ends it and returns the longest wait seen.
 */
function lagProbe(): { stop(): number } {
  let maxLag = 0
  let expected = performance.now() + 20
  const timer = setInterval(() => {
    const now = performance.now()
    maxLag = Math.max(maxLag, now - expected)
    expected = now + 20
  }, 20)
  return {
    stop() {
      clearInterval(timer)
      return maxLag
    },
  }
}

/** Child side: the import as the app runs it, with progress events and a lag probe on the event loop. */
async function child(file: string, dbPath: string): Promise<void> {
  const lag = lagProbe()
  let progressEvents = 0
  const t0 = performance.now()
  const project = createProject(dbPath)
  const [outcome] = await importFiles(project.db, [{ path: file }], { onProgress: () => progressEvents++ })
  project.close()
  const ms = performance.now() - t0
  const maxLag = lag.stop()
  const report: ChildReport = {
    ms,
    rows: outcome.rows,
    documents: outcome.documents,
    // resourceUsage().maxRSS is in kilobytes.
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    maxLagMs: maxLag,
    progressEvents,
  }
  console.log(JSON.stringify(report))
}

interface PreviewReport {
  ms: number
  /** A second preview of the same file with the header switch flipped, as the mapping step does. */
  againMs: number
  /** RSS with the project open, before the preview. */
  baseRssMb: number
  maxRssMb: number
  maxLagMs: number
  headers: number
  totalRowsEstimate: number
  totalRowsExact: boolean
  earlier: string | null
}

/** Previews `file` in a fresh Node process; `mode` 'whole' previews the file read whole instead (the old way). */
function previewInChild(file: string, dbPath: string, mode: 'prefix' | 'whole' = 'prefix'): PreviewReport {
  const out = spawnSync(process.execPath, ['--import', 'tsx', join(HERE, 'imports.ts'), '--preview', file, dbPath, mode], {
    cwd: resolve(HERE, '..'),
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  })
  if (out.status !== 0) throw new Error(`child preview failed (${out.status}):\n${out.stderr}`)
  return JSON.parse(out.stdout.trim().split('\n').at(-1)!) as PreviewReport
}

/** Child side of previewInChild: opens (or creates) the project and previews through dispatch. */
async function previewChild(file: string, dbPath: string, mode: string): Promise<void> {
  const session = new Session('browser', new SettingsStore(`${dbPath}.settings.json`))
  await call(session, existsSync(dbPath) ? 'project.open' : 'project.create', { path: dbPath })
  const baseRssMb = process.memoryUsage().rss / 1024 / 1024
  const lag = lagProbe()
  let t0 = performance.now()
  let report: Omit<PreviewReport, 'againMs' | 'baseRssMb' | 'maxRssMb' | 'maxLagMs' | 'ms'>
  if (mode === 'whole') {
    const table = await previewTable(new Uint8Array(readFileSync(file)), file)
    report = {
      headers: table.headers.length,
      totalRowsEstimate: table.totalRowsEstimate,
      totalRowsExact: table.totalRowsExact,
      earlier: null,
    }
  } else {
    const preview = await call(session, 'import.preview', { path: file })
    report = {
      headers: preview.table?.headers.length ?? 0,
      totalRowsEstimate: preview.table?.totalRowsEstimate ?? 0,
      totalRowsExact: preview.table?.totalRowsExact ?? false,
      earlier: preview.earlier?.name ?? null,
    }
  }
  const ms = performance.now() - t0
  t0 = performance.now()
  if (mode !== 'whole') await call(session, 'import.preview', { path: file, options: { header: false } })
  const againMs = mode === 'whole' ? 0 : performance.now() - t0
  // One more tick, so a stall at the very end (all of the whole-file preview is one) is measured.
  await new Promise((r) => setTimeout(r, 25))
  const maxLag = lag.stop()
  session.closeProject()
  const full: PreviewReport = { ms, againMs, baseRssMb, maxRssMb: process.resourceUsage().maxRSS / 1024, maxLagMs: maxLag, ...report }
  console.log(JSON.stringify(full))
}

function previewLine(label: string, r: PreviewReport, rows: number): string {
  const count = r.totalRowsExact
    ? `${r.totalRowsEstimate.toLocaleString('en')} rows (exact)`
    : `about ${r.totalRowsEstimate.toLocaleString('en')} rows (estimate ${(((r.totalRowsEstimate - rows) / rows) * 100).toFixed(1)}% off the true ${rows.toLocaleString('en')})`
  const again = r.againMs ? `, again with the header switch flipped ${s(r.againMs)}` : ''
  const earlier = r.earlier ? `, reported as imported before ("${r.earlier}")` : ''
  return `  ${label}: peak RSS ${r.maxRssMb.toFixed(0)} MB (${r.baseRssMb.toFixed(0)} MB with the project open), ${s(r.ms)}${again}, longest stall ${r.maxLagMs.toFixed(0)} ms, ${r.headers} columns, ${count}${earlier}`
}

function s(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'needle-bench-imports-'))
  try {
    const file = join(dir, 'survey.csv')
    let t = performance.now()
    writeSurvey(file, { rows: ROWS })
    const size = statSync(file).size
    console.log(
      `\nImports: ${ROWS.toLocaleString('en')}-row × ${HEADERS.length}-column survey CSV, ${mb(size)} (generated in ${((performance.now() - t) / 1000).toFixed(1)} s); ${RUNS} runs, medians`,
    )

    const times = { bare: [] as number[], fts: [] as number[], needle: [] as number[] }
    const cpu = { bare: [] as number[], fts: [] as number[], needle: [] as number[] }
    // Each run's own ratios too: the machine's speed drifts between runs, less within one.
    const perRun = { fts: [] as number[], bare: [] as number[] }
    let docs = { bare: 0, fts: 0, needle: 0 }
    let rows = 0
    for (let i = 0; i < RUNS; i++) {
      // Interleaved, so machine noise (2 shared cores) falls on all three alike.
      const bare = physical(file, join(dir, `bare${i}.db`), false)
      const fts = physical(file, join(dir, `fts${i}.db`), true)
      const ours = await needle(file, join(dir, `needle${i}.needle`))
      times.bare.push(bare.ms)
      times.fts.push(fts.ms)
      times.needle.push(ours.ms)
      cpu.bare.push(bare.cpuMs)
      cpu.fts.push(fts.cpuMs)
      cpu.needle.push(ours.cpuMs)
      perRun.fts.push(ours.ms / fts.ms)
      perRun.bare.push(ours.ms / bare.ms)
      docs = { bare: bare.documents, fts: fts.documents, needle: ours.documents }
      rows = ours.rows
      for (const f of [`bare${i}.db`, `fts${i}.db`, `needle${i}.needle`]) rmSync(join(dir, f), { force: true })
      console.log(
        `  run ${i + 1}: physical ${s(bare.ms)} (CPU ${s(bare.cpuMs)}), physical+FTS ${s(fts.ms)} (CPU ${s(fts.cpuMs)}), Needle ${s(ours.ms)} (CPU ${s(ours.cpuMs)}); ratios ${(ours.ms / fts.ms).toFixed(2)} and ${(ours.ms / bare.ms).toFixed(2)}`,
      )
    }
    if (docs.needle !== docs.fts || rows !== ROWS)
      console.log(`  NOTE: counts differ: Needle ${rows} rows / ${docs.needle} documents, physical ${docs.fts} documents`)
    const [bare, fts, ours] = [median(times.bare), median(times.fts), median(times.needle)]
    const [bareCpu, ftsCpu, oursCpu] = [median(cpu.bare), median(cpu.fts), median(cpu.needle)]
    console.log(`  physical pipeline (papaparse + prepared inserts, one transaction): ${s(bare)} (CPU ${s(bareCpu)})`)
    console.log(`  physical pipeline + FTS5 insert of each answer:                  ${s(fts)} (CPU ${s(ftsCpu)})`)
    console.log(
      `  Needle import (importFiles, ${rows.toLocaleString('en')} rows, ${docs.needle.toLocaleString('en')} documents): ${s(ours)} (CPU ${s(oursCpu)})`,
    )
    const range = (xs: number[]) => `${Math.min(...xs).toFixed(2)}-${Math.max(...xs).toFixed(2)}`
    console.log(
      `  ratio to physical + FTS: ${(ours / fts).toFixed(2)} wall, ${(oursCpu / ftsCpu).toFixed(2)} CPU; per run ${range(perRun.fts)}`,
    )
    // Judged against the pipeline WITH the FTS insert, since Needle must index every answer.
    judge('survey import / papaparse + inserts + FTS (wall)', ours / fts, 2, { unit: '×' })
    console.log(
      `  ratio to physical without FTS: ${(ours / bare).toFixed(2)} wall, ${(oursCpu / bareCpu).toFixed(2)} CPU; per run ${range(perRun.bare)} (for reference)`,
    )

    t = performance.now()
    const small = importInChild(file, join(dir, 'child.needle'))
    rmSync(join(dir, 'child.needle'), { force: true })
    console.log(
      `  memory, ${mb(size)} file in a child process: peak RSS ${small.maxRssMb.toFixed(0)} MB, longest event-loop stall ${small.maxLagMs.toFixed(0)} ms, ${small.progressEvents} progress events in ${(small.ms / 1000).toFixed(1)} s`,
    )

    const smallPreview = previewInChild(file, join(dir, 'preview.needle'))
    rmSync(join(dir, 'preview.needle'), { force: true })
    console.log(previewLine(`preview, ${mb(size)} file in a child process`, smallPreview, ROWS))

    if (process.env.BENCH_LARGE !== '1') {
      console.log(
        '  500 MB import: skipped (set BENCH_LARGE=1 to run it: it writes a 500 MB file, needs ~1.5 GB free in the temp dir and takes minutes)',
      )
      return
    }
    const large = join(dir, 'large.csv')
    rmSync(file, { force: true })
    t = performance.now()
    const largeRows = writeSurvey(large, { minBytes: LARGE_BYTES })
    console.log(
      `  500 MB file: ${mb(statSync(large).size)}, ${largeRows.toLocaleString('en')} rows (generated in ${((performance.now() - t) / 1000).toFixed(1)} s)`,
    )
    console.log(previewLine('preview, 500 MB file in a child process', previewInChild(large, join(dir, 'before.needle')), largeRows))
    rmSync(join(dir, 'before.needle'), { force: true })
    console.log(
      previewLine(
        'preview of the 500 MB file read whole (the old way), for comparison',
        previewInChild(large, join(dir, 'whole.needle'), 'whole'),
        largeRows,
      ),
    )
    rmSync(join(dir, 'whole.needle'), { force: true })
    const big = importInChild(large, join(dir, 'large.needle'))
    console.log(
      `  memory, 500 MB file in a child process: peak RSS ${big.maxRssMb.toFixed(0)} MB, longest event-loop stall ${big.maxLagMs.toFixed(0)} ms, ` +
        `${big.rows.toLocaleString('en')} rows, ${big.documents.toLocaleString('en')} documents in ${(big.ms / 1000).toFixed(1)} s`,
    )
    judge('500 MB import peak RSS', big.maxRssMb, 500, { unit: ' MB', digits: 0 })
    console.log(previewLine('preview of the 500 MB file after its import', previewInChild(large, join(dir, 'large.needle')), largeRows))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--child')
  const previewAt = process.argv.indexOf('--preview')
  if (at >= 0) await child(process.argv[at + 1], process.argv[at + 2])
  else if (previewAt >= 0) await previewChild(process.argv[previewAt + 1], process.argv[previewAt + 2], process.argv[previewAt + 3])
  else await run()
}
