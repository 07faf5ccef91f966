/**
 * scikit-learn as the reference Needle's clustering is measured against (bench/segmentation.ts and
 * tests/segments-service/sklearnParity.test.ts): the Python that can import it, and the environment
 * that keeps it on one thread.
 */
import { spawnSync } from 'node:child_process'

/** One thread for every pool scikit-learn (OpenMP) and numpy (OpenBLAS/MKL) may start. */
export const ONE_THREAD = { OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' }

/** A python3 that imports sklearn (a pyenv python3 may not; Debian's python3-sklearn is in /usr/bin's), or why none does. */
export function findSklearnPython(): { python: string } | { skipped: string } {
  const tried: string[] = []
  for (const python of ['python3', '/usr/bin/python3']) {
    const r = spawnSync(python, ['-c', 'import sklearn'], { encoding: 'utf8' })
    if (r.status === 0) return { python }
    tried.push(`${python}: ${r.error ? r.error.message : (r.stderr.trim().split('\n').at(-1) ?? 'failed')}`)
  }
  return { skipped: `scikit-learn not importable (${tried.join('; ')}); install Debian's python3-sklearn` }
}
