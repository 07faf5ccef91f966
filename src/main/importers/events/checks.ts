/**
 * What an event log may hold that is not wrong enough to refuse but must be said: rows repeated
 * exactly (an export that doubled them, or two real events on one day: the researcher decides;
 * compared over every column by rowHashes.ts), and events dated before the customer signed up
 * (a wrong id or a wrong date: set-based SQL over the imported rows).
 */
import type Database from 'better-sqlite3'

/** Event types that mark a customer's start; an event before it is suspicious. */
const SIGN_UP =
  /^(sign(ed)?[ _-]?up|registered|registration|joined|account created|subscription started|subscribed|trial started|التسجيل|سجل|اشترك|الاشتراك|بدء الاشتراك)$/i

export function isSignUp(type: string): boolean {
  return SIGN_UP.test(type.trim())
}

export function afterImportChecks(
  db: Database.Database,
  sourceId: number,
  file: string,
  repeats: { extra: number; example: [number, number] | null },
): string[] {
  const warnings: string[] = []
  if (repeats.extra > 0 && repeats.example) {
    warnings.push(
      `${file}: ${repeats.extra} ${repeats.extra === 1 ? 'row repeats' : 'rows repeat'} another row exactly, in every column (e.g. rows ${repeats.example[0]} and ${repeats.example[1]}). All were kept; if your export doubled them, remove the copies and import the file again.`,
    )
  }
  // The sign-up types first (a handful of distinct types), then set-based SQL over them: asking
  // JavaScript about every event's type cost a call per row.
  const types = db.prepare('SELECT DISTINCT type FROM events').pluck().all() as string[]
  const signUps = types.filter(isSignUp)
  const early = (
    signUps.length === 0
      ? { n: 0, example: null }
      : db
          .prepare(
            `WITH s AS (SELECT participant_id, min(day) AS d FROM events WHERE type IN (SELECT value FROM json_each(?)) GROUP BY participant_id)
             SELECT count(*) AS n, min(e.row_number) AS example FROM events e JOIN s ON s.participant_id = e.participant_id
              WHERE e.source_id = ? AND e.day < s.d`,
          )
          .get(JSON.stringify(signUps), sourceId)
  ) as { n: number; example: number | null }
  if (early.n > 0) {
    warnings.push(
      `${file}: ${early.n} ${early.n === 1 ? 'event is' : 'events are'} dated before the customer signed up (e.g. row ${early.example}). They were kept; check the dates or the ids of those rows.`,
    )
  }
  return warnings
}
