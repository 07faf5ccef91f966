/**
 * Due dates belong to the deadline they are attached to, resolved against the day the words were
 * said (the interview's date), never the import day; a past date is never a due date. Hundreds of
 * generated English and Arabic sentences (fixed seed) with a planted due date and interview date,
 * plus the cases from the issue, through the parser and through an auto-code run.
 */
import { describe, expect, it } from 'vitest'
import { parseDueDate } from '../../src/main/services/coding/dates'
import { project } from './fixture'

function rng(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const MONTHS_AR = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر']
const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const DAYS_AR = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت']
const PAST_EN = ['last Friday', 'last Tuesday', 'two weeks ago', 'yesterday', 'last month', 'three days ago']

/** The first month/day on or after the interview (the next March 31 after it). */
function nextMonthDay(ref: Date, month: number, day: number): string {
  for (const y of [ref.getFullYear(), ref.getFullYear() + 1]) {
    const d = new Date(y, month, day, 12)
    if (d >= ref) return iso(y, month, day)
  }
  throw new Error('unreachable')
}

function nextWeekday(ref: Date, wd: number): string {
  const diff = (wd - ref.getDay() + 7) % 7 || 7
  const d = new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() + diff, 12)
  return iso(d.getFullYear(), d.getMonth(), d.getDate())
}

interface Case {
  text: string
  interview: string
  due: string | null
}

function generate(n: number, seed: number): Case[] {
  const r = rng(seed)
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]
  const out: Case[] = []
  for (let i = 0; i < n; i++) {
    const ref = new Date(2025 + Math.floor(r() * 3), Math.floor(r() * 12), 1 + Math.floor(r() * 28), 12)
    const interview = iso(ref.getFullYear(), ref.getMonth(), ref.getDate())
    const month = Math.floor(r() * 12)
    const day = 1 + Math.floor(r() * 28)
    const wd = Math.floor(r() * 7)
    const eom = new Date(ref.getFullYear(), ref.getMonth() + 1, 0, 12)
    const templates: (() => Case)[] = [
      () => ({
        text: `An outage ${pick(PAST_EN)} was an emergency; the audit deadline is ${MONTHS_EN[month]} ${day}.`,
        interview,
        due: nextMonthDay(ref, month, day),
      }),
      () => {
        const past = pick(PAST_EN)
        return {
          text: `${past[0].toUpperCase()}${past.slice(1)} the van broke down, and we must deliver by ${DAYS_EN[wd]}.`,
          interview,
          due: nextWeekday(ref, wd),
        }
      },
      () => ({ text: 'By the end of the year we need the new portal live.', interview, due: iso(ref.getFullYear(), 11, 31) }),
      () => ({
        text: `We need the reports before the end of the month, the system went down ${pick(PAST_EN)}.`,
        interview,
        due: iso(eom.getFullYear(), eom.getMonth(), eom.getDate()),
      }),
      () => ({
        text: `حصل انقطاع يوم ${DAYS_AR[(wd + 2) % 7]} الماضي، والموعد النهائي للتدقيق هو ${day} ${MONTHS_AR[month]}.`,
        interview,
        due: nextMonthDay(ref, month, day),
      }),
      () => ({ text: 'نحتاج إلى التقرير قبل نهاية السنة.', interview, due: iso(ref.getFullYear(), 11, 31) }),
      () => ({ text: `تعطل النظام الأسبوع الماضي، ونريد الحل بحلول يوم ${DAYS_AR[wd]}.`, interview, due: nextWeekday(ref, wd) }),
      // A date before the interview is when something happened, never a due date.
      () => ({ text: `The deadline was ${day} ${MONTHS_EN[month]} ${ref.getFullYear() - 1}.`, interview, due: null }),
    ]
    out.push(pick(templates)())
  }
  return out
}

describe('due dates', () => {
  it('reads the cases from the issue', () => {
    const outage = parseDueDate('An outage last Friday was an emergency; the audit deadline is March 31', '2026-11-03')
    expect(outage).toMatchObject({ date: '2027-03-31', matched: 'March 31' })
    expect(parseDueDate('An outage last Friday was an emergency; the audit deadline is March 31', '2026-02-10').date).toBe('2026-03-31')
    expect(parseDueDate('By the end of the year we need it.', '2026-11-03').date).toBe('2026-12-31')
    expect(parseDueDate('نحتاج إلى التقرير قبل نهاية السنة', '2026-11-03').date).toBe('2026-12-31')
    // "last Friday" alone is not a due date.
    expect(parseDueDate('An outage last Friday was an emergency.', '2026-11-03').date).toBeNull()
    expect(parseDueDate('حصل انقطاع يوم الجمعة الماضية.', '2026-11-03').date).toBeNull()
  })

  it('places the planted due date in 400 generated English and Arabic sentences', () => {
    const cases = generate(400, 20261203)
    const wrong = cases
      .map((c) => ({ ...c, got: parseDueDate(c.text, c.interview).date }))
      .filter((c) => c.got !== c.due)
      .slice(0, 5)
    expect(wrong).toEqual([])
    for (const c of cases) {
      const got = parseDueDate(c.text, c.interview).date
      if (got) expect(got >= c.interview).toBe(true)
    }
  })

  it('resolves against the interview date, not the import day, and reads no relative date without one', async () => {
    const text = 'Dana: By the end of the year we need the new portal. The audit deadline is March 31.'
    const p = project([{ text, occurredAt: '2026-11-03' }, { text }])
    await p.run('autocode.run')
    const { suggestions } = await p.run('autocode.list')
    const deadlines = suggestions.flatMap((s) => s.codes.filter((c) => c.kind === 'deadline').map((c) => ({ ...c, document: s.document })))
    expect(deadlines.filter((s) => s.document === p.docs[0]).map((s) => s.due)).toEqual(['2026-12-31', '2027-03-31'])
    // The second document has no date: its relative deadlines are not resolved against today.
    expect(deadlines.filter((s) => s.document === p.docs[1]).map((s) => s.due)).toEqual([null, null])
    expect(await p.run('dates.parse', { text: 'by the end of the year', documentId: p.docs[0] })).toMatchObject({
      date: '2026-12-31',
      reference: '2026-11-03',
    })
  })
})
