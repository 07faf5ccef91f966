/**
 * Event logs and breadcrumbs, judged as ratios against their physical pipelines.
 *
 * 1. Import of a generated 1,000,000-event log (50,000 customers, fixed seed; who, when, what,
 *    channel, amount, ticket text) through importFiles into a fresh project, against papaparse
 *    over the same file plus prepared inserts of the same rows (a participant per new id, an
 *    events row per row) in one transaction. Target: within 2x.
 * 2. Memory flat in the file's size: the import's peak RSS (getrusage maxrss) above the RSS with
 *    the project open, each import in its own process, for a quarter of the log (~250,000 events)
 *    and for the whole log (~1,000,000). Target: the whole log's within 1.5x of the quarter's (an
 *    import holding something per row would be ~4x). What may differ between the two is bounded:
 *    SQLite's page cache (64 MB while importing, which the quarter's 24 MB project does not fill)
 *    and the repeat check's 8 MB filter (the same for both).
 * 3. The breadcrumb analysis over those 1,000,000 events and 50,000 customers (breadcrumbs.analyze),
 *    against one hand-written SQL query that computes the same shares. Targets: within 2 s, and
 *    within 3x of the query.
 *
 * Run alone: npx tsx bench/breadcrumbs.ts
 */
import Database from 'better-sqlite3'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import Papa from 'papaparse'
import { createProject, openProject } from '../src/main/db/open'
import { analyze } from '../src/main/services/breadcrumbs/analyze'
import { syntheticEventLog } from '../src/main/services/breadcrumbs/synthetic'
import { importFiles } from '../src/main/services/imports/run'
import { judge } from './targets'

const CUSTOMERS = 50_000
const HERE = dirname(fileURLToPath(import.meta.url))

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`
}

/** Papaparse + prepared inserts in one transaction: the floor any importer of this file stands on. */
function physicalImport(file: string, csvText: string): number {
  const db = new Database(file)
  db.exec(`PRAGMA journal_mode = WAL;
    CREATE TABLE participants (id INTEGER PRIMARY KEY, label TEXT NOT NULL UNIQUE);
    CREATE TABLE events (id INTEGER PRIMARY KEY, participant_id INTEGER NOT NULL, at TEXT NOT NULL, day INTEGER NOT NULL,
      type TEXT NOT NULL, channel TEXT, amount REAL, text TEXT, row_number INTEGER NOT NULL);
    CREATE INDEX events_participant ON events (participant_id, day);`)
  const t = performance.now()
  const ids = new Map<string, number>()
  const addP = db.prepare('INSERT INTO participants (label) VALUES (?)')
  const addE = db.prepare(
    'INSERT INTO events (participant_id, at, day, type, channel, amount, text, row_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  )
  db.exec('BEGIN')
  let row = 0
  Papa.parse<string[]>(csvText, {
    step: (r) => {
      if (row++ === 0 || r.data.length < 3) return
      const [who, when, what, channel, amount, text] = r.data
      let pid = ids.get(who)
      if (pid === undefined) ids.set(who, (pid = Number(addP.run(who).lastInsertRowid)))
      addE.run(
        pid,
        when,
        Math.round(Date.parse(when) / 86_400_000),
        what,
        channel || null,
        amount ? Number(amount) : null,
        text || null,
        row,
      )
    },
  })
  db.exec('COMMIT')
  const ms = performance.now() - t
  db.close()
  return ms
}

interface ChildImport {
  ms: number
  rows: number
  /** RSS once the project is open, before the import starts. */
  startMb: number
  /** The process's peak RSS (getrusage maxrss): the highest it ever was, no sampling gaps. */
  peakMb: number
}

/**
 * Imports `csvPath` into a new project at `dbPath` in a fresh Node process, so the peak RSS is this
 * import's alone: measured in the parent, it would also hold the generated logs and the earlier import's
 * garbage, and a 20 ms sampler misses short peaks (a sort, a grown array being copied).
 */
function importInChild(csvPath: string, dbPath: string): ChildImport {
  const out = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--import-child', csvPath, dbPath], {
    cwd: resolve(HERE, '..'),
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  })
  if (out.status !== 0) throw new Error(`child import failed (${out.status}):\n${out.stderr}`)
  return JSON.parse(out.stdout.trim().split('\n').at(-1)!) as ChildImport
}

/** Child side of importInChild. */
async function importChild(csvPath: string, dbPath: string): Promise<void> {
  // A first import of the log's first lines loads every module an import uses (chrono-node, for one,
  // loads on the first date read): the baseline then holds them, and the peak above it is what the
  // file's size costs, not which modules happened to load before or during the measurement.
  const head = readFileSync(csvPath, 'utf8').slice(0, 64 * 1024)
  const warmCsv = `${dbPath}.warm.csv`
  writeFileSync(warmCsv, head.slice(0, head.lastIndexOf('\n') + 1))
  const warm = createProject(`${dbPath}.warm.needle`)
  await importFiles(warm.db, [{ path: warmCsv, options: { kind: 'events' } }])
  warm.close()
  const project = createProject(dbPath)
  const startMb = process.memoryUsage().rss / 1024 / 1024
  const t = performance.now()
  const [outcome] = await importFiles(project.db, [{ path: csvPath, options: { kind: 'events' } }])
  const ms = performance.now() - t
  project.close()
  // resourceUsage().maxRSS is in kilobytes.
  const report: ChildImport = { ms, rows: outcome.rows, startMb, peakMb: process.resourceUsage().maxRSS / 1024 }
  console.log(JSON.stringify(report))
}

/** The same shares in one SQL query: who left and when, each one's window, distinct (customer, type) pairs inside it. */
function handWrittenQuery(db: Database.Database, outcome: string, windowDays: number): { ms: number; rows: number } {
  const t = performance.now()
  const rows = db
    .prepare(
      `WITH p AS (SELECT participant_id, min(CASE WHEN type = @outcome THEN day END) AS o, max(day) AS last FROM events GROUP BY participant_id),
            r AS (SELECT participant_id, o, coalesce(o, last) AS ref FROM p),
            n AS (SELECT sum(o IS NOT NULL) AS churned, sum(o IS NULL) AS retained FROM r),
            hit AS (SELECT DISTINCT e.participant_id, e.type, r.o IS NOT NULL AS left_ FROM events e JOIN r ON r.participant_id = e.participant_id
                     WHERE e.type <> @outcome AND e.day BETWEEN r.ref - @w AND r.ref)
       SELECT hit.type, sum(left_) * 1.0 / n.churned AS churnedShare, sum(1 - left_) * 1.0 / n.retained AS retainedShare
         FROM hit, n GROUP BY hit.type`,
    )
    .all({ outcome, w: windowDays })
  return { ms: performance.now() - t, rows: rows.length }
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'needle-bench-breadcrumbs-'))
  try {
    console.log('\nBreadcrumbs: event-log import and analysis')
    const log = syntheticEventLog({ customers: CUSTOMERS, seed: 1, loginsPerMonth: 0.25 })
    const quarter = syntheticEventLog({ customers: CUSTOMERS / 4, seed: 1, loginsPerMonth: 0.25 })
    const full = join(dir, 'events.csv')
    const part = join(dir, 'events-quarter.csv')
    writeFileSync(full, log.csv)
    writeFileSync(part, quarter.csv)
    console.log(
      `  log: ${log.rows.toLocaleString('en')} events, ${CUSTOMERS.toLocaleString('en')} customers, ${(log.csv.length / 1e6).toFixed(0)} MB`,
    )

    const physical = physicalImport(join(dir, 'physical.db'), log.csv)
    const small = importInChild(part, join(dir, 'quarter.needle'))
    const big = importInChild(full, join(dir, 'full.needle'))
    const ratio = big.ms / physical
    console.log(`  import: Needle ${seconds(big.ms)}, papaparse + prepared inserts ${seconds(physical)}`)
    judge('event-log import / papaparse + prepared inserts', ratio, 2, { unit: '×' })
    const above = (r: ChildImport) => r.peakMb - r.startMb
    console.log(
      `  memory: peak RSS above the open project ${above(small).toFixed(0)} MB for ${small.rows.toLocaleString('en')} events (${(quarter.csv.length / 1e6).toFixed(0)} MB), ${above(big).toFixed(0)} MB for ${big.rows.toLocaleString('en')} (${(log.csv.length / 1e6).toFixed(0)} MB); each in its own process`,
    )
    judge('event-log import peak memory, whole log / a quarter of it', above(big) / Math.max(1, above(small)), 1.5, { unit: '×' })
    const project = openProject(join(dir, 'full.needle'))

    const options = {
      outcome: 'Subscription cancelled',
      windowDays: 60,
      reference: 'last' as const,
      examples: 3,
      from: 'Signed up',
      to: 'First delivery completed',
    }
    // CPU time beside wall time: on a shared machine under load the wall time is mostly waiting for a core.
    const cpu0 = process.cpuUsage()
    const t = performance.now()
    const result = analyze(project.db, options)
    const analysisMs = performance.now() - t
    const analysisCpu = process.cpuUsage(cpu0)
    const cpu1 = process.cpuUsage()
    const sql = handWrittenQuery(project.db, 'Subscription cancelled', 60)
    const sqlCpu = process.cpuUsage(cpu1)
    const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000
    // Again with the events already read (the screen lists the outcomes first, then analyses).
    const t2 = performance.now()
    analyze(project.db, { ...options, windowDays: 90 })
    const warmMs = performance.now() - t2
    const failed = result.breadcrumbs.find((b) => b.label === 'Payment failed')
    console.log(
      `  analysis CPU time ${seconds(cpuMs(analysisCpu))} (the query's ${seconds(cpuMs(sqlCpu))}: ratio ${(cpuMs(analysisCpu) / cpuMs(sqlCpu)).toFixed(2)}); a second analysis with the events already read ${seconds(warmMs)}`,
    )
    console.log(
      `  analysis: ${seconds(analysisMs)} for ${result.churned + result.retained} customers; one SQL query for the same shares ${seconds(sql.ms)}`,
    )
    judge('breadcrumb analysis, 1,000,000 events', analysisMs / 1000, 2, { unit: ' s' })
    judge('breadcrumb analysis / one hand-written SQL query', analysisMs / sql.ms, 3, { unit: '×' })
    console.log(
      `  recovered: 'Payment failed' ${Math.round((failed?.churnedShare ?? 0) * 100)}% of those who left vs ${Math.round((failed?.retainedShare ?? 0) * 100)}% of those who stayed (planted 40% vs 5%)`,
    )
    project.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (
  import.meta.url === pathToFileURL(resolve(fileURLToPath(import.meta.url))).href &&
  process.argv[1] &&
  resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  const at = process.argv.indexOf('--import-child')
  if (at >= 0) await importChild(process.argv[at + 1], process.argv[at + 2])
  else await run()
}
