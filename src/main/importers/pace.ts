/**
 * Long synchronous work gives the event loop a turn every SLICE_MS, so the server (or the
 * desktop's session worker) answers other requests and reads a cancel while an import runs.
 * Paced by the clock, not by a row count: a count that suits narrow rows on a fast machine
 * held the loop for over half a second on wide rows or a busy one.
 */
export const SLICE_MS = 40

export interface Pacer {
  /** Yields to the event loop when the current slice has run out; cheap to call on every row. */
  maybeYield(): Promise<void> | null
  /** Always yields (between batches whose length is not known in advance). */
  yield(): Promise<void>
}

export function pacer(sliceMs = SLICE_MS): Pacer {
  let sliceStart = performance.now()
  let calls = 0
  const turn = () =>
    new Promise<void>((resolve) =>
      setImmediate(() => {
        sliceStart = performance.now()
        resolve()
      }),
    )
  return {
    maybeYield() {
      // Reading the clock on every 64th call keeps the check itself off the profile.
      if ((++calls & 63) !== 0 || performance.now() - sliceStart < sliceMs) return null
      return turn()
    },
    yield: turn,
  }
}
