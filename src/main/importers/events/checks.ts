/**
 * What an event log may hold that is not wrong enough to refuse but must be said: rows repeated
 * exactly (an export that doubled them, or two real events on one day: the researcher decides),
 * and events dated before the customer signed up (a wrong id or a wrong date). Set-based SQL
 * over the imported rows, so a million-row log is checked without holding it in memory.
 */
import type Database from 'better-sqlite3'

/** Event types that mark a customer's start; an event before it is suspicious. */
const SIGN_UP =
  /^(sign(ed)?[ _-]?up|registered|registration|joined|account created|subscription started|subscribed|trial started|التسجيل|سجل|اشترك|الاشتراك|بدء الاشتراك)$/i

export function isSignUp(type: string): boolean {
  return SIGN_UP.test(type.trim())
}

export function afterImportChecks(db: Database.Database, sourceId: number, file: string): string[] {
  const warnings: string[] = []
  const dup = db
    .prepare(
      `SELECT count(*) AS groups, sum(n - 1) AS extra, min(rows) AS example FROM (
         SELECT count(*) AS n, min(e.row_number) || ' and ' || max(e.row_number) AS rows
           FROM events e LEFT JOIN documents d ON d.id = e.document_id
          WHERE e.source_id = ?
          GROUP BY e.participant_id, e.at, e.type, e.channel, e.amount, d.text HAVING count(*) > 1)`,
    )
    .get(sourceId) as { groups: number; extra: number | null; example: string | null }
  if (dup.groups > 0) {
    warnings.push(
      `${file}: ${dup.extra} ${dup.extra === 1 ? 'row repeats' : 'rows repeat'} another row exactly (e.g. rows ${dup.example}). All were kept; if your export doubled them, remove the copies and import the file again.`,
    )
  }
  db.function('needle_is_sign_up', { deterministic: true }, (t: unknown) => (typeof t === 'string' && isSignUp(t) ? 1 : 0))
  const early = db
    .prepare(
      `WITH s AS (SELECT participant_id, min(day) AS d FROM events WHERE needle_is_sign_up(type) = 1 GROUP BY participant_id)
       SELECT count(*) AS n, min(e.row_number) AS example FROM events e JOIN s ON s.participant_id = e.participant_id
        WHERE e.source_id = ? AND e.day < s.d`,
    )
    .get(sourceId) as { n: number; example: number | null }
  if (early.n > 0) {
    warnings.push(
      `${file}: ${early.n} ${early.n === 1 ? 'event is' : 'events are'} dated before the customer signed up (e.g. row ${early.example}). They were kept; check the dates or the ids of those rows.`,
    )
  }
  return warnings
}
