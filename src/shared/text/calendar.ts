/** Calendar-day arithmetic on local noon dates, so time zones and DST never move a due date by a day. */

export function fromIso(iso: string): Date {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number)
  return new Date(y, m - 1, d, 12)
}

export function toIso(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

export function addDays(d: Date, n: number): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + n, 12)
}

export function addMonths(d: Date, n: number): Date {
  const target = new Date(d.getFullYear(), d.getMonth() + n, 1, 12)
  const last = endOfMonth(target).getDate()
  return new Date(target.getFullYear(), target.getMonth(), Math.min(d.getDate(), last), 12)
}

export function endOfMonth(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth() + 1, 0, 12)
}

/** The next given weekday (0 = Sunday) strictly after d: "by Friday" said on a Friday means next Friday. */
export function nextWeekday(d: Date, weekday: number): Date {
  const diff = (weekday - d.getDay() + 7) % 7 || 7
  return addDays(d, diff)
}

/** Last day of quarter q (1-4) of year y. */
export function quarterEnd(y: number, q: number): Date {
  return new Date(y, q * 3, 0, 12)
}

/** The first occurrence of month (0-11), day on or after the reference. */
export function upcoming(ref: Date, month: number, day: number | 'end'): Date {
  for (const y of [ref.getFullYear(), ref.getFullYear() + 1]) {
    const d = day === 'end' ? new Date(y, month + 1, 0, 12) : new Date(y, month, day, 12)
    if (toIso(d) >= toIso(ref)) return d
  }
  return new Date(ref.getFullYear() + 1, month, day === 'end' ? 28 : day, 12)
}
