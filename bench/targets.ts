/**
 * Targets: every benchmark states its targets through judge(), which prints the figure beside its
 * target and remembers whether it was met. `npm run bench` exits non-zero when any target is
 * missed, so a slow path cannot pass unseen.
 *
 * NEEDLE_BENCH_TOLERANCE=3 (what CI's quick run uses) fails only on a gross regression: a figure
 * more than 3× past its target. Timing on a shared 2-core machine drifts by tens of percent between
 * runs, so CI must not block a landing on noise, but a quadratic path misses by far more than 3×.
 */
export interface Verdict {
  label: string
  value: number
  target: number
  /** 'max': the value must stay at or under the target (times, ratios); 'min': at or over (quality). */
  bound: 'max' | 'min'
  met: boolean
  /** Missed by more than the tolerance allows: this fails the run. */
  fails: boolean
}

const verdicts: Verdict[] = []

export function tolerance(): number {
  const t = Number(process.env.NEEDLE_BENCH_TOLERANCE ?? '1')
  return Number.isFinite(t) && t >= 1 ? t : 1
}

/** True for CI's quick run: benchmarks shrink their data to what a few seconds can measure. */
export function quick(): boolean {
  return process.env.NEEDLE_BENCH_QUICK === '1'
}

/** Prints `label: value (target ≤ target)` with a mark, and records the verdict. */
export function judge(
  label: string,
  value: number,
  target: number,
  opts: { bound?: 'max' | 'min'; unit?: string; digits?: number } = {},
): void {
  const bound = opts.bound ?? 'max'
  const met = bound === 'max' ? value <= target : value >= target
  const tol = tolerance()
  const fails = bound === 'max' ? value > target * tol : value < target / tol
  verdicts.push({ label, value, target, bound, met, fails })
  const unit = opts.unit ?? ''
  const digits = opts.digits ?? 2
  const mark = met ? 'ok' : fails ? 'MISSED' : `missed, within the ${tol}× tolerance`
  console.log(`  [${mark}] ${label}: ${value.toFixed(digits)}${unit} (target ${bound === 'max' ? '≤' : '≥'} ${target}${unit})`)
}

export function allVerdicts(): readonly Verdict[] {
  return verdicts
}
