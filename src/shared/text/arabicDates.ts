/**
 * Due dates in Arabic deadline phrases. chrono-node has no Arabic parser, so the common ways
 * researchers' participants put a deadline are read here: بحلول / قبل / حتى / في موعد أقصاه
 * followed by a weekday, a month (Gregorian names as in Egypt and the Gulf, Syriac names as in
 * the Levant and Iraq), نهاية الشهر / الأسبوع / السنة, الأسبوع القادم, a quarter (الربع الثالث),
 * غداً, بعد N أيام. Matching runs on folded text (foldArabic), so hamza and harakat variants agree.
 */
import { foldArabic } from './arabic'
import { westernDigits } from './digits'
import { addDays, addMonths, endOfMonth, nextWeekday, quarterEnd, upcoming } from './calendar'

export interface DateMatch {
  date: Date
  index: number
  text: string
}

const WEEKDAYS: Record<string, number> = { احد: 0, اثنين: 1, ثلاثاء: 2, اربعاء: 3, خميس: 4, جمعه: 5, سبت: 6 }
const MONTHS: [string, number][] = [
  ['كانون الثاني', 0],
  ['كانون الاول', 11],
  ['تشرين الاول', 9],
  ['تشرين الثاني', 10],
  ['يناير', 0],
  ['فبراير', 1],
  ['مارس', 2],
  ['ابريل', 3],
  ['مايو', 4],
  ['يونيو', 5],
  ['يونيه', 5],
  ['يوليو', 6],
  ['يوليه', 6],
  ['اغسطس', 7],
  ['سبتمبر', 8],
  ['اكتوبر', 9],
  ['نوفمبر', 10],
  ['ديسمبر', 11],
  ['شباط', 1],
  ['اذار', 2],
  ['نيسان', 3],
  ['ايار', 4],
  ['حزيران', 5],
  ['تموز', 6],
  ['اب', 7],
  ['ايلول', 8],
]
const ORDINALS: Record<string, number> = { اول: 1, ثاني: 2, ثالث: 3, رابع: 4 }
const NUMBER_WORDS: Record<string, number> = {
  واحد: 1,
  اثنين: 2,
  ثلاثه: 3,
  اربعه: 4,
  خمسه: 5,
  سته: 6,
  سبعه: 7,
  ثمانيه: 8,
  تسعه: 9,
  عشره: 10,
}

const TRIGGER = '(?:بحلول|قبل|حتي|لغايه|في موعد اقصاه|موعد اقصاه|في|خلال|يوم)'
const B = '(?<![\\p{L}\\p{N}])' // word start (\\b does not know Arabic letters)
const E = '(?![\\p{L}\\p{N}])'
const WEEKDAY_RE = Object.keys(WEEKDAYS).join('|')
const MONTH_RE = MONTHS.map(([n]) => n.replace(' ', '\\s+')).join('|')
const NEXT = '(?:القادم|المقبل|الجاي)'
const NEXT_F = '(?:القادمه|المقبله|الجايه)'

function monthIndex(name: string): number {
  const flat = name.replace(/\s+/g, ' ')
  return MONTHS.find(([n]) => n === flat)![1]
}

type Rule = { re: RegExp; resolve: (m: RegExpExecArray, ref: Date) => Date | null }

const rules: Rule[] = [
  // نهاية/آخر الربع الثالث ، بحلول الربع الثالث -> end of that quarter; قبل الربع الثالث -> the day before it starts
  {
    re: new RegExp(`${B}(?:(قبل)\\s+)?(?:(?:نهايه|اخر)\\s+|${TRIGGER}\\s+)?(?:ال)?ربع\\s+(?:ال)?(اول|ثاني|ثالث|رابع)${E}`, 'u'),
    resolve: (m, ref) => {
      const q = ORDINALS[m[2]]
      let y = ref.getFullYear()
      if (quarterEnd(y, q) < ref) y++
      return m[1] ? addDays(new Date(y, (q - 1) * 3, 1, 12), -1) : quarterEnd(y, q)
    },
  },
  {
    re: new RegExp(`${B}(?:نهايه|اخر)\\s+(?:ال)?ربع(?:\\s+(?:ال)?(حالي|قادم|مقبل))?${E}`, 'u'),
    resolve: (m, ref) => {
      const q = Math.floor(ref.getMonth() / 3) + 1 + (m[1] && m[1] !== 'حالي' ? 1 : 0)
      return quarterEnd(ref.getFullYear() + (q > 4 ? 1 : 0), ((q - 1) % 4) + 1)
    },
  },
  // نهاية/آخر الشهر (القادم) ، نهاية الأسبوع ، نهاية السنة/العام
  {
    re: new RegExp(`${B}(?:نهايه|اخر)\\s+(?:ال)?(شهر|اسبوع|سنه|عام)(?:\\s+(${NEXT}|${NEXT_F}))?${E}`, 'u'),
    resolve: (m, ref) => {
      const next = Boolean(m[2])
      if (m[1] === 'شهر') return endOfMonth(next ? addMonths(ref, 1) : ref)
      // The Arab working week ends on Thursday in most of the region.
      if (m[1] === 'اسبوع') return next ? addDays(nextWeekday(ref, 4), 7) : nextWeekday(ref, 4)
      return new Date(ref.getFullYear() + (next ? 1 : 0), 11, 31, 12)
    },
  },
  // نهاية/بداية/منتصف + month ، (بحلول) 15 مارس ، قبل آذار
  {
    re: new RegExp(
      `${B}(?:(نهايه|اخر|بدايه|اول|منتصف)\\s+(?:شهر\\s+)?|(?:${TRIGGER}\\s+)?(\\d{1,2})\\s+(?:من\\s+)?(?:شهر\\s+)?|${TRIGGER}\\s+(?:شهر\\s+)?)(${MONTH_RE})(?:\\s+(\\d{4}))?${E}`,
      'u',
    ),
    resolve: (m, ref) => {
      const month = monthIndex(m[3])
      const day: number | 'end' = m[1] === 'نهايه' || m[1] === 'اخر' ? 'end' : m[1] === 'منتصف' ? 15 : m[2] ? Number(m[2]) : 1
      if (m[4]) return day === 'end' ? new Date(Number(m[4]), month + 1, 0, 12) : new Date(Number(m[4]), month, day, 12)
      return upcoming(ref, month, day)
    },
  },
  // بحلول (يوم) الجمعة ، قبل الخميس القادم
  {
    re: new RegExp(`${B}${TRIGGER}\\s+(?:يوم\\s+)?(?:ال)?(${WEEKDAY_RE})(?:\\s+${NEXT})?${E}`, 'u'),
    resolve: (m, ref) => nextWeekday(ref, WEEKDAYS[m[1]]),
  },
  // الأسبوع القادم ، الشهر المقبل ، السنة القادمة
  {
    re: new RegExp(`${B}(?:ال)?(اسبوع|شهر|سنه|عام)\\s+(?:${NEXT}|${NEXT_F})${E}`, 'u'),
    resolve: (m, ref) => (m[1] === 'اسبوع' ? addDays(ref, 7) : m[1] === 'شهر' ? addMonths(ref, 1) : addMonths(ref, 12)),
  },
  // خلال/بعد 3 أيام ، خلال أسبوعين ، بعد يومين
  {
    re: new RegExp(
      `${B}(?:خلال|بعد|في غضون|غضون)\\s+(?:(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})\\s+)?(يومين|اسبوعين|شهرين|ايام|يوم|اسابيع|اسبوع|اشهر|شهور|شهر)${E}`,
      'u',
    ),
    resolve: (m, ref) => {
      const unit = m[2]
      const n = unit.endsWith('ين') ? 2 : m[1] ? (NUMBER_WORDS[m[1]] ?? Number(m[1])) : 1
      if (unit.startsWith('يوم') || unit === 'ايام') return addDays(ref, n)
      if (unit.startsWith('اسبوع') || unit === 'اسابيع') return addDays(ref, 7 * n)
      return addMonths(ref, n)
    },
  },
  { re: new RegExp(`${B}بعد\\s+غد${E}`, 'u'), resolve: (_m, ref) => addDays(ref, 2) },
  { re: new RegExp(`${B}(?:غدا|بكره|بكرا)${E}`, 'u'), resolve: (_m, ref) => addDays(ref, 1) },
]

/** Folds Arabic spelling and digits; marks vanish, which is why only the date and matched words come back. */
function prepare(text: string): string {
  return westernDigits(foldArabic(text))
}

// "الجمعة الماضية" (last Friday), "مارس الفائت": when something happened, never when it is due.
const PAST_AFTER = new RegExp(`^\\s+(?:ال)?(?:ماضي|ماضيه|فائت|فائته|منصرم|منصرمه|سابق|سابقه)${E}`, 'u')

/** Every Arabic date phrase in the text, resolved against ref, in text order; past ones ("الجمعة الماضية") left out. */
export function parseArabicDates(text: string, ref: Date): DateMatch[] {
  const folded = prepare(text)
  const out: DateMatch[] = []
  for (const rule of rules) {
    const re = new RegExp(rule.re.source, 'gu')
    for (const m of folded.matchAll(re)) {
      if (PAST_AFTER.test(folded.slice(m.index + m[0].length))) continue
      const date = rule.resolve(m as RegExpExecArray, ref)
      if (date) out.push({ date, index: m.index, text: m[0] })
    }
  }
  return out.sort((a, b) => a.index - b.index || b.text.length - a.text.length)
}

/** The earliest Arabic date phrase in the text, resolved against ref. */
export function parseArabicDate(text: string, ref: Date): DateMatch | null {
  return parseArabicDates(text, ref)[0] ?? null
}
