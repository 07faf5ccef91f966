/**
 * A small hand-made study: ten participants, a saved segment of five, three rated needs whose
 * opportunity within the segment is worked out by hand below, and coded quotes (one in Arabic).
 * Codes and highlights go through the real coding channels; ratings and the segment are written
 * the way an import and a saved segmentation write them.
 */

const MANUAL_DEFINITION = {
  kind: 'rule',
  rule: { all: [{ type: 'attribute', attribute: 'Hand-picked', op: 'equals', value: 'yes' }] },
  excluded: [],
}
import { project, spanOf, type Fixture } from '../coding/fixture'

export const TEXTS = [
  'We promise same-day dispatch to our customers, and when the courier misses the 4pm pickup we lose the sale and the customer.',
  'نحتاج إلى الشحن في نفس اليوم لأن عملاءنا لا ينتظرون، وكل تأخير يعني خسارة طلب.',
  'Every Friday I chase the courier for same-day dispatch; the VAT return is due on 7 August and I cannot be late again.',
  'Last month the label printer died at 3pm and forty parcels missed the van: a disaster for us.',
  'I check the tracking page first thing every morning before I open the shop, then I batch the orders by postcode.',
  'Invoices are mostly fine for us, we just export them to the accountant at the end of the month.',
  'Invoices are the whole problem: I cannot read them and my accountant complains every quarter.',
  'Clear invoices would save me a day each quarter.',
  'We mostly care about invoices being right, dispatch is slow but fine.',
  'The invoice layout changed again and nobody told us.',
]

/**
 * Ratings (importance, satisfaction) per member for needs A, B, C. Within the segment (P1-P5):
 *   A: importance 4 of 5 rated 4-5 → 8.0; satisfaction 1 of 5 → 2.0; opportunity 8 + (8 − 2) = 14.0
 *   B: importance 3 of 5 → 6.0; satisfaction 4 of 5 → 8.0; opportunity 6 + 0 = 6.0
 *   C: importance 5 of 5 → 10.0; satisfaction 4 of 5 → 8.0; opportunity 10 + 2 = 12.0
 * So the card ranks A (14), C (12), B (6). Everyone else rates B critical and unmet, so pooled
 * data would rank B first: the card must use the segment's own ratings.
 */
const MEMBER_RATINGS: Record<'A' | 'B' | 'C', [number, number][]> = {
  A: [
    [5, 1],
    [5, 2],
    [4, 2],
    [5, 4],
    [3, 1],
  ],
  B: [
    [4, 4],
    [4, 5],
    [3, 4],
    [2, 4],
    [5, 2],
  ],
  C: [
    [5, 5],
    [4, 4],
    [4, 5],
    [4, 4],
    [4, 3],
  ],
}
const OTHERS = { A: [2, 5], B: [5, 1], C: [3, 3] } as const

export interface Study extends Fixture {
  segmentId: number
  needs: { A: number; B: number; C: number }
  /** Highlight ids by name. */
  h: Record<string, number>
  participants: number[]
}

export async function study(): Promise<Study> {
  const p = project(
    TEXTS.map((text, i) => ({
      text,
      title: `Interview P${i + 1}`,
      participant: `P${i + 1}`,
      occurredAt: `2024-0${3 + (i % 3)}-1${i % 9}`,
      attributes: { Region: i < 4 ? 'Gulf' : i < 5 ? 'UK' : 'UK', 'Business type': i < 5 ? 'Pharmacy' : 'Courier' },
    })),
  )
  const A = (await p.run('codes.create', { name: 'Same-day dispatch', kind: 'need' })).id
  const B = (await p.run('codes.create', { name: 'Clear invoices', kind: 'need' })).id
  const C = (await p.run('codes.create', { name: 'Offline mode', kind: 'need' })).id
  const pain = (await p.run('codes.create', { name: 'Missed pickups', kind: 'pain' })).id
  const goal = (await p.run('codes.create', { name: 'Never lose a sale to a late courier', kind: 'goal' })).id
  const deadline = (await p.run('codes.create', { name: 'Tax deadline', kind: 'deadline' })).id
  const emergency = (await p.run('codes.create', { name: 'Equipment failure', kind: 'emergency' })).id
  const behaviour = (await p.run('codes.create', { name: 'Checks tracking every morning', kind: 'behaviour' })).id

  const mark = async (doc: number, phrase: string, codeIds: number[], extra: { dueDate?: string; severity?: number } = {}) =>
    (await p.run('highlights.create', { documentId: p.docs[doc], ...spanOf(TEXTS[doc], phrase), codeIds, ...extra })).id
  const h = {
    p1: await mark(0, 'when the courier misses the 4pm pickup we lose the sale and the customer', [A, pain]),
    p1goal: await mark(0, 'We promise same-day dispatch to our customers', [goal]),
    p2: await mark(1, 'نحتاج إلى الشحن في نفس اليوم لأن عملاءنا لا ينتظرون', [A]),
    p3: await mark(2, 'Every Friday I chase the courier for same-day dispatch', [A]),
    p3deadline: await mark(2, 'the VAT return is due on 7 August and I cannot be late again', [deadline], { dueDate: '2024-08-07' }),
    p4: await mark(3, 'the label printer died at 3pm and forty parcels missed the van', [emergency, pain], { severity: 3 }),
    p5: await mark(4, 'I check the tracking page first thing every morning before I open the shop', [behaviour]),
    p7: await mark(6, 'Invoices are the whole problem: I cannot read them', [B]),
    p8: await mark(7, 'Clear invoices would save me a day each quarter', [B]),
  }

  const db = p.session.project!.db
  const participants = db
    .prepare("SELECT id FROM participants WHERE label LIKE 'P%' ORDER BY CAST(substr(label, 2) AS INTEGER)")
    .pluck()
    .all() as number[]
  const rate = db.prepare('INSERT INTO ratings (participant_id, code_id, importance, satisfaction) VALUES (?, ?, ?, ?)')
  const needs = { A, B, C }
  db.transaction(() => {
    for (const key of ['A', 'B', 'C'] as const) {
      participants.forEach((pid, i) => {
        const [imp, sat] = i < 5 ? MEMBER_RATINGS[key][i] : OTHERS[key]
        rate.run(pid, needs[key], imp, sat)
      })
    }
  })()
  const segmentId = Number(
    db
      .prepare(
        // A hand-picked segment: a rule no one matches, its members chosen by hand (as the app stores one).
        `INSERT INTO segments (name, method, definition, stability, created_at) VALUES ('Dispatch-driven pharmacies', 'manual', '${JSON.stringify(MANUAL_DEFINITION)}', 0.82, '2024-06-01T00:00:00Z')`,
      )
      .run().lastInsertRowid,
  )
  const member = db.prepare('INSERT INTO segment_members (segment_id, participant_id, manual) VALUES (?, ?, 1)')
  for (const pid of participants.slice(0, 5)) member.run(segmentId, pid)
  return { ...p, segmentId, needs, h, participants }
}
