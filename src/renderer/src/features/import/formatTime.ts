/** A turn's start as a recording player shows it: m:ss, or h:mm:ss past the hour. */
export function formatTime(ms: number | null): string | null {
  if (ms === null || ms < 0) return null
  const total = Math.floor(ms / 1000)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = String(total % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}
