import { z } from 'zod'

/** A calendar day as YYYY-MM-DD that exists (no 30 February): interview dates, set at import or later. */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD')
  .refine((d) => {
    const [y, m, day] = d.split('-').map(Number)
    const t = new Date(Date.UTC(y, m - 1, day))
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === day
  }, 'that is not a real day')
