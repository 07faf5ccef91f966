/**
 * Segmentation benchmark: planted needs-based segments (src/main/services/segments/math/synthetic.ts)
 * at 10,000 participants × 50 needs and 30,000 × 12, k chosen automatically from 2..8. Ours is the
 * whole run the app does (services/segments/host.ts: a worker thread plus its helper thread for the
 * second core): the k search, the gap statistic, the bootstrap stability check (up to 100 resamples,
 * stopping once every badge is certain) and the agreement across seeds. The physical pipeline is
 * scikit-learn's k search alone on the same data: StandardScaler, then KMeans(n_init=10) for k = 2..8
 * with silhouette_score(sample_size=5000) — Needle scores its silhouette on the same 5,000-participant
 * sample size. Targets: ARI against the planted truth ≥ scikit-learn's, time ≤ 2×.
 *
 * Fair baseline: scikit-learn runs on ONE thread. Its OpenMP and BLAS pools would otherwise start a
 * thread per core and, on a loaded 2-core machine, fight each other (a 3-9× slower reference). The
 * reference is started with OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 and also runs
 * inside threadpoolctl's threadpool_limits(1) when threadpoolctl is importable (Debian's
 * python3-threadpoolctl comes with python3-sklearn); the output says which. Needle uses two threads:
 * one machine, its cores, as a researcher would run it.
 *
 * Run alone: npx tsx bench/segmentation.ts (NEEDLE_BENCH_QUICK=1: 3,000 × 20 only)
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { kmeans as mlKmeans } from 'ml-kmeans'
import { findSklearnPython, ONE_THREAD } from './sklearn'
import { judge, quick } from './targets'
import { runInWorker } from '../src/main/services/segments/host'
import { adjustedRandIndex } from '../src/main/services/segments/math/ari'
import { kmeans } from '../src/main/services/segments/math/kmeans'
import { toRows } from '../src/main/services/segments/math/matrix'
import { SILHOUETTE_SAMPLE } from '../src/main/services/segments/math/silhouette'
import { standardize } from '../src/main/services/segments/math/standardize'
import { synthetic } from '../src/main/services/segments/math/synthetic'

const SIZES = [
  { participants: 10_000, needs: 50, segments: 5 },
  { participants: 30_000, needs: 12, segments: 4 },
]
const QUICK_SIZES = [{ participants: 3_000, needs: 20, segments: 4 }]
const SEED = 42
const RESAMPLES = 100

const REFERENCE = String.raw`
import contextlib, json, sys, time
import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import StandardScaler
try:
    from threadpoolctl import threadpool_limits
    limits, pinned = threadpool_limits(limits=1), "environment + threadpoolctl"
except ImportError:
    limits, pinned = contextlib.nullcontext(), "environment only (threadpoolctl not installed)"
X = np.loadtxt(sys.argv[1], delimiter=",")
sample = int(sys.argv[2])
with limits:
    t = time.perf_counter()
    Z = StandardScaler().fit_transform(X)
    best = None
    for k in range(2, 9):
        km = KMeans(n_clusters=k, n_init=10, random_state=0).fit(Z)
        s = silhouette_score(Z, km.labels_, sample_size=min(sample, len(Z)), random_state=0)
        if best is None or s > best[1]:
            best = (k, s, km.labels_)
    seconds = time.perf_counter() - t
import sklearn
print(json.dumps({"k": best[0], "silhouette": float(best[1]), "seconds": seconds, "labels": best[2].tolist(), "version": sklearn.__version__, "pinned": pinned}))
`

const ms = (t: number) => (t < 1000 ? `${t.toFixed(0)} ms` : `${(t / 1000).toFixed(2)} s`)
const time = <T>(f: () => T): [T, number] => {
  const t = performance.now()
  const v = f()
  return [v, performance.now() - t]
}

export async function run(): Promise<void> {
  const found = findSklearnPython()
  console.log(
    `\nSegmentation: planted segments, k = 2..8 automatic; ours = the app's whole run (k search, gap, stability up to ${RESAMPLES} resamples, seed agreement)`,
  )
  console.log(
    '  reference: scikit-learn k search on ONE thread (OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 + threadpoolctl), ' +
      `silhouette on a ${SILHOUETTE_SAMPLE.toLocaleString('en')} sample as ours`,
  )
  if ('skipped' in found) console.log(`  reference skipped: ${found.skipped}`)
  const dir = mkdtempSync(join(tmpdir(), 'needle-bench-seg-'))
  try {
    const script = join(dir, 'reference.py')
    writeFileSync(script, REFERENCE)
    for (const size of quick() ? QUICK_SIZES : SIZES) {
      const { participants: n, needs, segments } = size
      const label = `${n.toLocaleString('en')} × ${needs}`
      const data = synthetic({ participants: n, needs, segments, seed: SEED, outlierShare: 0.02 })
      let ref: { k: number; silhouette: number; seconds: number; labels: number[]; version: string; pinned: string } | null = null
      if (!('skipped' in found)) {
        const csv = join(dir, `importance-${n}.csv`)
        writeFileSync(
          csv,
          toRows(data.importance)
            .map((r) => r.join(','))
            .join('\n'),
        )
        ref = JSON.parse(
          execFileSync(found.python, [script, csv, String(SILHOUETTE_SAMPLE)], {
            encoding: 'utf8',
            maxBuffer: 64 << 20,
            env: { ...process.env, ...ONE_THREAD },
          }),
        )
      }
      const t = performance.now()
      const ours = await runInWorker({
        method: 'kmeans',
        k: 'auto',
        seed: 1,
        minShare: 0.05,
        resamples: RESAMPLES,
        rows: n,
        cols: needs,
        values: data.importance.data,
        binaryCols: 0,
        presence: new Uint8Array(0),
      })
      const oursMs = performance.now() - t
      const oursAri = adjustedRandIndex(ours.labels, data.truth)
      console.log(
        `  ${label}: ours k=${ours.k} silhouette=${ours.silhouette.toFixed(3)} ARI=${oursAri.toFixed(4)} gap k=${ours.gapK} ` +
          `stability ${ours.stability?.map((j) => j.toFixed(2)).join(' ')} time=${ms(oursMs)}`,
      )
      if (!ref) continue
      const refAri = adjustedRandIndex(ref.labels, data.truth)
      console.log(
        `  ${label}: sklearn ${ref.version} k=${ref.k} silhouette=${ref.silhouette.toFixed(3)} ARI=${refAri.toFixed(4)} time=${ms(ref.seconds * 1000)} (threads pinned by ${ref.pinned})`,
      )
      judge(`segmentation ${label} ARI ours / scikit-learn`, oursAri / refAri, 1, { bound: 'min', digits: 3 })
      judge(`segmentation ${label} with stability, time ours / scikit-learn k search`, oursMs / (ref.seconds * 1000), 2, { unit: '×' })
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  if (quick()) return
  // One k-means run: our Float64Array/Hamerly loop against ml-kmeans (why we wrote our own).
  const data = synthetic({ participants: 10_000, needs: 50, segments: 5, seed: SEED })
  const z = standardize(data.importance).matrix
  const [, oneMs] = time(() => kmeans(z, 5, { seed: 1, restarts: 1 }))
  const [, mlMs] = time(() => mlKmeans(toRows(z), 5, { seed: 1 }))
  console.log(`  one k-means run, 10,000 × 50, k=5: ours ${ms(oneMs)}, ml-kmeans ${ms(mlMs)}`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run()
