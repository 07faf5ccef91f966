/**
 * Cancellation and progress for long runs (restarts, k candidates, bootstrap resamples).
 *
 * The math is synchronous, so it checks `signal.aborted` between units of work rather than awaiting.
 * In a worker thread the event loop gets no turn during a run, so a message-driven abort would never
 * land: either terminate the worker, or abort from inside `onProgress` (e.g. after reading an
 * Atomics flag in a SharedArrayBuffer the UI thread sets) — the check right after sees it.
 */
export interface RunControl {
  signal?: AbortSignal
  /** Fraction done in [0, 1], called between units of work. */
  onProgress?(fraction: number): void
}

export class CancelledError extends Error {
  constructor() {
    super('segmentation cancelled')
    this.name = 'CancelledError'
  }
}

export function checkCancelled(control: RunControl | undefined): void {
  if (control?.signal?.aborted) throw new CancelledError()
}

/**
 * A sub-range of the parent's progress, so nested steps (k candidates → restarts) report one
 * monotone fraction to the caller.
 */
export function subProgress(control: RunControl | undefined, from: number, to: number): RunControl {
  return {
    signal: control?.signal,
    onProgress: control?.onProgress ? (f) => control.onProgress!(from + (to - from) * Math.min(1, Math.max(0, f))) : undefined,
  }
}

export function report(control: RunControl | undefined, fraction: number): void {
  control?.onProgress?.(fraction)
  checkCancelled(control)
}
