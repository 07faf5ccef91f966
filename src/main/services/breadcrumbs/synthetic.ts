/**
 * Event logs with a planted churn story, for tests, the benchmark and the sample project
 * (like segments/math/synthetic.ts: the analysis must recover what was planted). Fixed seed:
 * the same options give the same file, byte for byte.
 *
 * The story: some customers cancel. Of those who cancel, `failedShare` had "Payment failed" in
 * the 60 days before cancelling; of those who stay, `retainedFailedShare` had it in their last
 * 60 days. A further `oldFailedShare` of cancellers had a payment failure long before (150-300
 * days before cancelling), which a 60-day window must not count. Cancellers took `setupRatio`
 * times as long from "Signed up" to "First delivery completed".
 */
export interface SyntheticLogOptions {
  customers: number
  seed?: number
  churnShare?: number
  failedShare?: number
  retainedFailedShare?: number
  oldFailedShare?: number
  /** Median days from sign-up to first delivery for those who stay; cancellers take setupRatio times as long. */
  setupDays?: number
  setupRatio?: number
  /** Logins per customer per 30 days (background events). */
  loginsPerMonth?: number
  /** 'iso' (2024-03-05), 'us' (03/05/2024) or 'eu' (05/03/2024). */
  dateStyle?: 'iso' | 'us' | 'eu'
  /** Ticket texts, one per support ticket, in this language. */
  language?: 'en' | 'ar'
}

export interface PlantedCustomer {
  id: string
  churned: boolean
  signUpDay: number
  /** Cancellation day for churners; the last event's day for those who stay. */
  referenceDay: number
  failedInWindow: boolean
  setupDays: number
}

export interface SyntheticLog {
  header: string[]
  /** CSV text, header first. */
  csv: string
  rows: number
  customers: PlantedCustomer[]
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// 2024-01-01 as days since 1970-01-01.
const BASE_DAY = 19723
const HISTORY_DAYS = 540

const TICKETS = {
  en: [
    'The invoice amount was wrong again',
    'Driver could not find the address',
    'How do I add a second depot?',
    'The app logged me out during a delivery',
  ],
  ar: ['مبلغ الفاتورة خاطئ مرة أخرى', 'لم يجد السائق العنوان', 'كيف أضيف مستودعاً ثانياً؟', 'خرجني التطبيق أثناء التوصيل'],
}

function dateText(day: number, style: SyntheticLogOptions['dateStyle']): string {
  const d = new Date(day * 86_400_000)
  const y = d.getUTCFullYear()
  const m = String(d.getUTCMonth() + 1).padStart(2, '0')
  const dd = String(d.getUTCDate()).padStart(2, '0')
  if (style === 'us') return `${m}/${dd}/${y}`
  if (style === 'eu') return `${dd}/${m}/${y}`
  return `${y}-${m}-${dd}`
}

function quote(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function syntheticEventLog(o: SyntheticLogOptions): SyntheticLog {
  const rnd = mulberry32(o.seed ?? 7)
  const churnShare = o.churnShare ?? 0.3
  const failedShare = o.failedShare ?? 0.4
  const retainedFailedShare = o.retainedFailedShare ?? 0.05
  const oldFailedShare = o.oldFailedShare ?? 0.3
  const setupDays = o.setupDays ?? 7
  const setupRatio = o.setupRatio ?? 2
  const loginsPerMonth = o.loginsPerMonth ?? 4
  const texts = TICKETS[o.language ?? 'en']
  const header = ['customer_id', 'date', 'event', 'channel', 'amount', 'text']
  const lines: string[] = [header.join(',')]
  const customers: PlantedCustomer[] = []
  const width = String(o.customers).length + 1
  for (let i = 0; i < o.customers; i++) {
    const id = `C${String(i + 1).padStart(width, '0')}`
    const events: Array<[number, string, string, string, string]> = []
    const signUp = BASE_DAY + Math.floor(rnd() * 200)
    const churned = rnd() < churnShare
    const end = churned ? Math.min(BASE_DAY + HISTORY_DAYS, signUp + 330 + Math.floor(rnd() * 200)) : BASE_DAY + HISTORY_DAYS
    // Setup time: exponential-ish around the median, longer for cancellers.
    const median = churned ? setupDays * setupRatio : setupDays
    const setup = Math.max(1, Math.round(median * (0.5 + rnd())))
    events.push([signUp, 'Signed up', 'web', '', ''])
    events.push([signUp + setup, 'First delivery completed', 'app', '', ''])
    for (let d = signUp + 30; d < end - 1; d += 30)
      events.push([d, 'Invoice paid', 'billing', (49 + Math.floor(rnd() * 3) * 50).toString(), ''])
    const logins = Math.round(((end - signUp) / 30) * loginsPerMonth)
    for (let k = 0; k < logins; k++) events.push([signUp + 1 + Math.floor(rnd() * (end - signUp - 2)), 'Logged in', 'app', '', ''])
    if (rnd() < 0.5) {
      const d = signUp + 1 + Math.floor(rnd() * (end - signUp - 2))
      events.push([d, 'Support ticket', 'email', '', texts[Math.floor(rnd() * texts.length)]])
    }
    // The last event of someone who stays is their reference day: put one at `end` so it is known.
    let failedInWindow = false
    if (churned) {
      if (rnd() < failedShare) {
        failedInWindow = true
        events.push([end - 1 - Math.floor(rnd() * 55), 'Payment failed', 'billing', '', ''])
      }
      if (rnd() < oldFailedShare && end - signUp > 320)
        events.push([end - 150 - Math.floor(rnd() * 150), 'Payment failed', 'billing', '', ''])
      events.push([end, 'Subscription cancelled', 'web', '', ''])
    } else {
      events.push([end, 'Logged in', 'app', '', ''])
      if (rnd() < retainedFailedShare) {
        failedInWindow = true
        events.push([end - 1 - Math.floor(rnd() * 55), 'Payment failed', 'billing', '', ''])
      }
    }
    events.sort((a, b) => a[0] - b[0])
    customers.push({ id, churned, signUpDay: signUp, referenceDay: end, failedInWindow, setupDays: setup })
    for (const [day, type, channel, amount, text] of events) {
      lines.push([id, dateText(day, o.dateStyle), type, channel, amount, quote(text)].join(','))
    }
  }
  return { header, csv: lines.join('\n') + '\n', rows: lines.length - 1, customers }
}
