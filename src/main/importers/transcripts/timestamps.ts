/**
 * Timestamps as transcripts write them: "01:02:03.456", "02:03.456" (WebVTT's short form),
 * "00:02:17,250" (SRT), "1:02:03", "0:03" (Otter). Returns milliseconds, or null when the
 * text is not a time.
 */
export const TIME = String.raw`(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?`

export function parseTimestamp(raw: string): number | null {
  const m = /^(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$/.exec(raw.trim())
  if (!m) return null
  const [, h, mm, ss, frac] = m
  const minutes = Number(mm)
  const seconds = Number(ss)
  if (seconds > 59 || (h !== undefined && minutes > 59)) return null
  const ms = frac === undefined ? 0 : Number(frac.padEnd(3, '0'))
  return ((Number(h ?? 0) * 60 + minutes) * 60 + seconds) * 1000 + ms
}
