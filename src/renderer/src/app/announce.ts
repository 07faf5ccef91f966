/**
 * Spoken announcements for screen readers: what a long job is doing and what a keyboard action
 * did (a passage coded, a job started). One polite live region in the shell reads them out;
 * results that also need the eye stay notifications (those are alerts of their own).
 */
type Listener = (message: string) => void
const listeners = new Set<Listener>()

export function announce(message: string): void {
  for (const l of listeners) l(message)
}

export function onAnnounce(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
