/**
 * The one Int32 a job worker and its host share, deciding cancel against commit atomically: the
 * host may stop (terminate) the worker only by moving RUNNING to CANCELLED, the worker may commit
 * only by moving RUNNING to COMMITTING. Whoever moves first wins, so a cancelled job never commits
 * and a job that commits is never reported cancelled.
 */
export const RUNNING = 0
export const CANCELLED = 1
export const COMMITTING = 2

export function newJobState(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4))
}

/** Atomically RUNNING -> `to`; true when this caller made the move. */
export function claim(state: Int32Array, to: typeof CANCELLED | typeof COMMITTING): boolean {
  return Atomics.compareExchange(state, 0, RUNNING, to) === RUNNING
}
