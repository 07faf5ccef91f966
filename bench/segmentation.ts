/**
 * Segmentation benchmark: planted needs-based segments (src/main/services/segments/math/synthetic.ts),
 * 10,000 participants × 100 needs, k chosen automatically from 2..8. Prints the adjusted Rand index
 * against the planted truth and the time, beside scikit-learn's KMeans + silhouette search on the same
 * data in the same run (Debian's python3-sklearn), as ratios. Target: ARI ≥ the reference's, time ≤ 2×.
 *
 * Both sides: z-scored inputs, k = 2..8, silhouette on a 3,000-participant sample (sklearn's
 * silhouette_score(sample_size=3000)), best silhouette wins. Ours: greedy k-means++, 3 restarts per
 * candidate k topped up to 10 for the chosen k, segments under 5% merged. Reference: KMeans(n_init=10)
 * for every k (its default in 1.2). Timed without reading the data; the gap statistic and bootstrap
 * stability are timed separately (the reference has neither).
 *
 * Run alone: npx tsx bench/segmentation.ts
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { agnes } from 'ml-hclust'
import { kmeans as mlKmeans } from 'ml-kmeans'
import { judge } from './targets'
import { adjustedRandIndex } from '../src/main/services/segments/math/ari'
import { gapStatisticKMeans } from '../src/main/services/segments/math/gap'
import { averageLinkage } from '../src/main/services/segments/math/hierarchical'
import { jaccardDistances } from '../src/main/services/segments/math/jaccard'
import { kmeans } from '../src/main/services/segments/math/kmeans'
import { toRows } from '../src/main/services/segments/math/matrix'
import { kmeansRecluster, segmentHierarchical, segmentKMeans } from '../src/main/services/segments/math/segment'
import { bootstrapStability } from '../src/main/services/segments/math/stability'
import { synthetic } from '../src/main/services/segments/math/synthetic'

const N = 10_000
const NEEDS = 100
const PLANTED = 5
const SEED = 42

const REFERENCE = String.raw`
import json, sys, time
import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import StandardScaler
X = np.loadtxt(sys.argv[1], delimiter=",")
t = time.perf_counter()
Z = StandardScaler().fit_transform(X)
best = None
for k in range(2, 9):
    km = KMeans(n_clusters=k, n_init=10, random_state=0).fit(Z)
    s = silhouette_score(Z, km.labels_, sample_size=3000, random_state=0)
    if best is None or s > best[1]:
        best = (k, s, km.labels_)
seconds = time.perf_counter() - t
import sklearn
print(json.dumps({"k": best[0], "silhouette": float(best[1]), "seconds": seconds, "labels": best[2].tolist(), "version": sklearn.__version__}))
`

function findSklearnPython(): { python: string } | { skipped: string } {
  const tried: string[] = []
  for (const python of ['python3', '/usr/bin/python3']) {
    const r = spawnSync(python, ['-c', 'import sklearn'], { encoding: 'utf8' })
    if (r.status === 0) return { python }
    tried.push(`${python}: ${r.error ? r.error.message : (r.stderr.trim().split('\n').at(-1) ?? 'failed')}`)
  }
  return { skipped: `scikit-learn not importable (${tried.join('; ')}); install Debian's python3-sklearn` }
}

const ms = (t: number) => (t < 1000 ? `${t.toFixed(0)} ms` : `${(t / 1000).toFixed(2)} s`)
const time = <T>(f: () => T): [T, number] => {
  const t = performance.now()
  const v = f()
  return [v, performance.now() - t]
}

export async function run(): Promise<void> {
  console.log(`\nSegmentation: ${N} participants × ${NEEDS} needs, ${PLANTED} planted segments, k = 2..8 automatic`)
  const data = synthetic({ participants: N, needs: NEEDS, segments: PLANTED, seed: SEED, outlierShare: 0.02 })

  const [ours, oursMs] = time(() => segmentKMeans(data.importance, { seed: 1, gap: false }))
  const oursAri = adjustedRandIndex(ours.labels, data.truth)
  console.log(`  ours      k=${ours.k} silhouette=${ours.silhouette.toFixed(3)} ARI=${oursAri.toFixed(4)} time=${ms(oursMs)}`)

  const found = findSklearnPython()
  if ('skipped' in found) {
    console.log(`  reference skipped: ${found.skipped}`)
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'needle-bench-seg-'))
    try {
      const csv = join(dir, 'importance.csv')
      writeFileSync(
        csv,
        toRows(data.importance)
          .map((r) => r.join(','))
          .join('\n'),
      )
      const script = join(dir, 'reference.py')
      writeFileSync(script, REFERENCE)
      const out = JSON.parse(execFileSync(found.python, [script, csv], { encoding: 'utf8', maxBuffer: 64 << 20 }))
      const refAri = adjustedRandIndex(out.labels, data.truth)
      const refMs = out.seconds * 1000
      console.log(`  sklearn ${out.version} k=${out.k} silhouette=${out.silhouette.toFixed(3)} ARI=${refAri.toFixed(4)} time=${ms(refMs)}`)
      judge('segmentation ARI ours / scikit-learn', oursAri / refAri, 1, { bound: 'min', digits: 3 })
      judge('segmentation time ours / scikit-learn', oursMs / refMs, 2, { unit: '×' })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }

  const z = ours.standardized.matrix
  const [gap, gapMs] = time(() => gapStatisticKMeans(z, { seed: 1 }))
  console.log(`  gap statistic (B=10, 1,000-row sample) chooses k=${gap.k}: ${ms(gapMs)}`)
  const resamples = 20
  const [stab, stabMs] = time(() => bootstrapStability(ours.labels, kmeansRecluster(z, ours.requestedK), { resamples, seed: 1 }))
  console.log(
    `  bootstrap stability, ${resamples} resamples: ${stab.jaccard.map((j) => j.toFixed(2)).join(' ')}: ${ms(stabMs)} (${ms((stabMs * 100) / resamples)} for 100)`,
  )

  // One k-means run at the planted k: our Float64Array/Hamerly loop against ml-kmeans (why we wrote our own).
  const [, oneMs] = time(() => kmeans(z, PLANTED, { seed: 1, restarts: 1 }))
  const rows = toRows(z)
  const [, mlMs] = time(() => mlKmeans(rows, PLANTED, { seed: 1 }))
  console.log(`  one k-means run, k=${PLANTED}: ours ${ms(oneMs)}, ml-kmeans ${ms(mlMs)}`)

  // Hierarchical on yes/no presence at 2,000 participants (the n × n matrix bounds its size).
  const small = synthetic({ participants: 2000, needs: NEEDS, segments: PLANTED, seed: SEED, mentionRate: 0.7, backgroundRate: 0.03 })
  const [hc, hcMs] = time(() => segmentHierarchical(small.presence, { seed: 1, gap: false }))
  console.log(
    `  hierarchical Jaccard, 2,000 × ${NEEDS}: k=${hc.k} ARI=${adjustedRandIndex(hc.labels, small.truth).toFixed(4)} time=${ms(hcMs)}`,
  )
  const tiny = small.presence.slice(0, 400)
  const d = jaccardDistances(tiny)
  const [, nnMs] = time(() => averageLinkage(d, 400))
  const square = Array.from({ length: 400 }, (_, i) => Array.from(d.subarray(i * 400, i * 400 + 400)))
  const [, agnesMs] = time(() => agnes(square, { method: 'average', isDistanceMatrix: true }))
  console.log(`  average linkage, 400 participants: ours ${ms(nnMs)}, ml-hclust agnes ${ms(agnesMs)}`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run()
