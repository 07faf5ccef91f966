/**
 * "Import…" can be asked for from several places (Sources, Overview, the File menu) but one
 * dialog must answer. Buttons post a request here; the ImportHost of the screen on view takes
 * it. A request made where no host is mounted waits until one mounts (the caller goes to Sources).
 */
let pending = false
let hosts = 0
const listeners = new Set<() => void>()

export function requestImport(): void {
  pending = true
  for (const l of listeners) l()
}

export function hasImportHost(): boolean {
  return hosts > 0
}

/** Registers a host; `take` runs for every request, including one made before the host mounted. */
export function subscribeImportHost(take: () => void): () => void {
  const run = () => {
    if (!pending) return
    pending = false
    take()
  }
  hosts++
  listeners.add(run)
  run()
  return () => {
    hosts--
    listeners.delete(run)
  }
}
