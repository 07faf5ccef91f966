/**
 * Search over a 2-million-word corpus (generated, mixed English and Arabic, Zipf-distributed
 * words, Arabic written with and without harakat, tatweel and attached prefixes), through the
 * real channel (`search.query`, first page of 50 hits with offsets and keyword-in-context)
 * against a raw FTS5 MATCH on the same index. Target: p95 < 50 ms and within 2x of raw.
 * Run alone: npx tsx bench/search.ts
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createProject } from '../src/main/db/open'
import { call } from '../src/main/dispatch'
import { Session } from '../src/main/session'
import { SettingsStore } from '../src/main/services/settings/store'
import { SourceStore } from '../src/main/services/sources/store'
import { parseQuery } from '../src/main/services/search/query'
import type { SearchCursor } from '../src/shared/contract/search'
import { judge, quick } from './targets'

// CI's quick run (--quick) indexes a quarter: enough for the ratios, in a few seconds.
const WORDS = quick() ? 500_000 : 2_000_000
const DOC_WORDS = 500
const RUNS = 15

/** Deterministic generator so every run measures the same corpus. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0
    return seed / 2 ** 32
  }
}

const EN_REAL = (
  'need needs needed export exports deadline deadlines urgent outage invoice billing customer customers report reports sync syncing ' +
  'offline mode price list delivery delay support ticket team manager onboarding training budget quarter friday monday faster slow ' +
  'reliable mobile app dashboard data analytics integration payment refund account login password email phone call meeting'
).split(' ')
const AR_REAL = (
  'نحتاج مدرسة تقرير المبيعات عاجل طارئ انقطاع الخدمة العميل الفاتورة الدفع التطبيق الهاتف الموعد النهائي بحلول قبل نهاية الشهر ' +
  'الأسبوع القادم الدعم الفني التوصيل التأخير السعر المنتج الشركة الموظفين التدريب الميزانية الربع الثالث'
).split(' ')
const AR_VARIANTS: Record<string, string[]> = {
  مدرسة: ['مَدْرَسَة', 'المدرسة', 'والمدرسة', 'للمدرسة', 'مدرسه', 'المـدرسة'],
  تقرير: ['تَقْرِير', 'التقرير', 'بالتقرير', 'وتقرير'],
  الفاتورة: ['الفاتوره', 'فاتورة', 'والفاتورة', 'بالفاتورة'],
  أريد: ['اريد', 'إريد', 'أُرِيدُ'],
}

function corpus(): string[] {
  const r = rng(42)
  const syllables = ['ka', 'lo', 'mi', 'ter', 'an', 'si', 'qu', 'ra', 'ven', 'tol', 'pre', 'dis', 'ing', 'ed', 'ux', 'or']
  const enFake = Array.from({ length: 20_000 }, () =>
    Array.from({ length: 2 + Math.floor(r() * 3) }, () => syllables[Math.floor(r() * syllables.length)]).join(''),
  )
  const arLetters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'
  const arFake = Array.from({ length: 8_000 }, () =>
    Array.from({ length: 3 + Math.floor(r() * 4) }, () => arLetters[Math.floor(r() * arLetters.length)]).join(''),
  )
  // Zipf-like: index = floor(n * u^3) favours the head of each list.
  const pick = <T>(list: T[]) => list[Math.floor(list.length * r() ** 3)]
  const docs: string[] = []
  for (let d = 0; d < WORDS / DOC_WORDS; d++) {
    const arabic = d % 3 === 2
    const out: string[] = []
    for (let w = 0; w < DOC_WORDS; w++) {
      const u = r()
      let word: string
      if (arabic) {
        word = u < 0.15 ? pick(AR_REAL) : pick(arFake)
        const variants = AR_VARIANTS[word]
        if (variants && r() < 0.5) word = variants[Math.floor(r() * variants.length)]
      } else {
        word = u < 0.1 ? pick(EN_REAL) : pick(enFake)
      }
      out.push(word)
      if (r() < 0.07) out.push(arabic ? '.' : '.\n')
    }
    docs.push(out.join(' ').replace(/ \./g, '.'))
  }
  return docs
}

const QUERIES = [
  'need',
  'customers',
  'export',
  'deadline',
  '"price list"',
  'sync*',
  'invoice billing',
  'kalo',
  'terra*',
  'urgent outage',
  'friday',
  'مدرسة',
  'مَدْرَسَة',
  'والمدرسة',
  'تقرير',
  'الفاتورة',
  'أريد',
  '"الموعد النهائي"',
  'نحتاج',
  'تقر*',
  'عاجل',
  'الربع الثالث',
]

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'needle-bench-search-'))
  try {
    const session = new Session('desktop', new SettingsStore(join(dir, 'settings.json')))
    session.project = createProject(join(dir, 'bench.needle'))
    const db = session.project.db
    const docs = corpus()
    const t0 = performance.now()
    db.transaction(() => {
      const store = new SourceStore(db)
      const source = store.addSource({ kind: 'interview', name: 'bench', fileName: null, checksum: null, encoding: null, rowCount: null })
      docs.forEach((text, i) =>
        store.addDocument({ sourceId: source, participantId: null, title: `Doc ${i + 1}`, text, direction: i % 3 === 2 ? 'rtl' : 'ltr' }),
      )
    })()
    db.exec("INSERT INTO document_fts (document_fts) VALUES ('optimize')")
    console.log(
      `\nSearch: ${docs.length} documents, ${WORDS.toLocaleString('en')} words, indexed in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    )

    const raw = db.prepare('SELECT rowid FROM document_fts WHERE document_fts MATCH ?').pluck()
    const text = db.prepare('SELECT text FROM documents WHERE id = ?').pluck()
    const ours: number[] = []
    const rawTimes: number[] = []
    const pageTimes: number[] = []
    // Per query, the median of its runs: a scheduler pause or a GC in one run moves a pooled p95 of
    // sub-millisecond times by 2-3x from one run of the bench to the next; medians do not.
    let oursMedians = 0
    let pageMedians = 0
    const rows: string[] = []
    for (const query of QUERIES) {
      const fts = parseQuery(query).fts
      // Warm both paths once so the page cache is equally hot for each.
      await call(session, 'search.query', { query, limit: 50 })
      raw.all(fts)
      const o: number[] = []
      const f: number[] = []
      const pg: number[] = []
      let total = 0
      let pageDocs: number[] = []
      for (let i = 0; i < RUNS; i++) {
        let t = performance.now()
        const result = await call(session, 'search.query', { query, limit: 50 })
        o.push(performance.now() - t)
        total = result.total ?? 0
        pageDocs = [...new Set(result.hits.map((h) => h.document))]
        t = performance.now()
        raw.all(fts)
        f.push(performance.now() - t)
        // The least any keyword-in-context page must do: the MATCH, then read the page's documents.
        t = performance.now()
        const ids = raw.all(fts) as number[]
        for (const id of ids.slice(0, pageDocs.length)) text.get(id)
        pg.push(performance.now() - t)
      }
      ours.push(...o)
      rawTimes.push(...f)
      pageTimes.push(...pg)
      oursMedians += percentile(o, 50)
      pageMedians += percentile(pg, 50)
      rows.push(
        `  ${query.padEnd(18)} ${String(total).padStart(5)} docs  ours p50 ${percentile(o, 50).toFixed(2).padStart(6)} ms  raw p50 ${percentile(f, 50).toFixed(2).padStart(6)} ms`,
      )
    }
    console.log(rows.join('\n'))
    const p95 = percentile(ours, 95)
    const rawP95 = percentile(rawTimes, 95)
    const pageP95 = percentile(pageTimes, 95)
    console.log(`  raw FTS5 MATCH (rowids only) p95 ${rawP95.toFixed(2)} ms: ratio ${(p95 / rawP95).toFixed(2)} (for reference)`)
    judge('search.query p95', p95, 50, { unit: ' ms' })
    // The physical pipeline: a raw MATCH that also reads the page's documents (the index is contentless).
    // Judged on the whole query set (the sum of each query's median), with the pooled p95 ratio printed beside it.
    console.log(`  first page / raw MATCH + page's documents, pooled p95: ${(p95 / pageP95).toFixed(2)}× (for reference)`)
    judge("search first page / raw MATCH + reading the page's documents (sum of per-query medians)", oursMedians / pageMedians, 2, {
      unit: '×',
    })

    // Listing every hit of a common word as `needle search` does: pages of 1,000 that resume after
    // the last hit. Linear means a hit costs the same at the end of the listing as at its start.
    const listing = async (query: string, stopAt: number) => {
      const t = performance.now()
      let after: SearchCursor | undefined
      let n = 0
      for (;;) {
        const page = await call(session, 'search.query', { query, limit: 1000, after, count: after === undefined })
        n += page.hits.length
        if (!page.next || n >= stopAt) break
        after = page.next
      }
      return { n, ms: performance.now() - t }
    }
    const whole = await listing('need', Infinity)
    const quarter = await listing('need', whole.n / 4)
    const t = performance.now()
    for (const id of raw.all('need') as number[]) text.get(id)
    const readAll = performance.now() - t
    console.log(
      `  listing all ${whole.n.toLocaleString('en')} hits of "need": ${whole.ms.toFixed(0)} ms (${((whole.ms / whole.n) * 1000).toFixed(1)} µs a hit; ` +
        `first quarter ${((quarter.ms / quarter.n) * 1000).toFixed(1)} µs a hit); raw MATCH + reading every matched document ${readAll.toFixed(0)} ms`,
    )
    judge('search listing: cost per hit over all hits / over the first quarter', whole.ms / whole.n / (quarter.ms / quarter.n), 2, {
      unit: '×',
    })
    session.closeProject()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run()
