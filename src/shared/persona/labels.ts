/**
 * The words a persona card prints around the researcher's text, in the persona's own language
 * (an Arabic card is printed in Arabic whatever language the app is in).
 */
import type { Confidence, PersonaLanguage, SectionKind } from './content'

export interface CardLabels {
  sections: Record<SectionKind, string>
  participants: (n: number) => string
  ofParticipants: (percent: string) => string
  segment: string
  sources: (n: number) => string
  confidence: Record<Confidence, string>
  basedOn: string
  more: (n: number) => string
  opportunity: string
  importance: string
  satisfaction: string
  mentions: (n: number) => string
  deadlines: (count: number, people: number) => string
  emergencies: (count: number, people: number) => string
  nearest: string
  severity: (level: number) => string
  deck: string
  appendix: string
  appendixLead: string
  preparedWith: string
  personas: (n: number) => string
  noEvidence: string
  liftVs: (lift: string) => string
  vsEveryone: (percent: string) => string
  /** The segment's size as a statistic ("n = 45"). */
  sampleSize: (n: number) => string
  /** A quote's highlight, where Markdown names it. */
  highlight: (id: number) => string
  /** Marks a quote drafting chose from a member's words before anyone coded it. */
  uncoded: string
  /** Heading of the breadcrumbs added to the card as evidence. */
  breadcrumbs: string
  /** Marks a breadcrumb fact (in the appendix, beside quotes). */
  breadcrumbFact: string
  /** A breadcrumb's counts and interval, where the appendix lists what backs the card. */
  breadcrumbCounts: (left: number, ofLeft: number, stayed: number, ofStayed: number, interval: string | null) => string
}

/** Arabic counted nouns: the dual replaces the number, 3-10 take the plural, 11-99 the singular (accusative). */
interface ArabicForms {
  one: string
  two: string
  few: string
  many: string
  other: string
}
const arabicPlural = new Intl.PluralRules('ar')
function arabicCount(n: number, forms: ArabicForms): string {
  const category = arabicPlural.select(n)
  return (category in forms ? forms[category as keyof ArabicForms] : forms.other).replace('{n}', String(n))
}
/** After a preposition (من, إلى): the genitive dual. */
const arParticipants = (n: number) =>
  arabicCount(n, { one: 'مشارك واحد', two: 'مشاركَين اثنين', few: '{n} مشاركين', many: '{n} مشاركًا', other: '{n} مشارك' })

const en: CardLabels = {
  sections: {
    context: 'Context',
    quotes: 'In their words',
    goals: 'Goals',
    pains: 'Pains',
    needs: 'Needs, ranked by opportunity',
    urgency: 'Deadlines & emergencies',
    behaviours: 'Behaviours',
    differences: 'Where they differ',
    demographics: 'Who they are',
    custom: 'Notes',
  },
  participants: (n) => `${n} ${n === 1 ? 'participant' : 'participants'}`,
  ofParticipants: (p) => `${p} of participants`,
  segment: 'Segment',
  sources: (n) => `${n} ${n === 1 ? 'source' : 'sources'}`,
  confidence: {
    stable: 'Stable segment',
    moderate: 'Moderately stable segment',
    unreliable: 'Unstable segment: read with care',
    unknown: 'Stability not measured',
  },
  basedOn: 'Based on',
  more: (n) => `+${n} more`,
  opportunity: 'opportunity',
  importance: 'importance',
  satisfaction: 'satisfaction',
  mentions: (n) => `${n} mention${n === 1 ? '' : 's'}`,
  deadlines: (c, p) => `${c} ${c === 1 ? 'deadline' : 'deadlines'} from ${p} ${p === 1 ? 'participant' : 'participants'}`,
  emergencies: (c, p) => `${c} ${c === 1 ? 'emergency' : 'emergencies'} from ${p} ${p === 1 ? 'participant' : 'participants'}`,
  nearest: 'Nearest',
  severity: (l) => `severity up to ${l} of 4`,
  deck: 'Personas',
  appendix: 'Evidence appendix',
  appendixLead: 'Every quote on the cards, with where it was said.',
  preparedWith: 'Prepared with Needle',
  personas: (n) => `${n} ${n === 1 ? 'persona' : 'personas'}`,
  noEvidence: 'No quotes attached yet.',
  liftVs: (l) => `${l}× everyone`,
  vsEveryone: (p) => `vs ${p} overall`,
  sampleSize: (n) => `n = ${n}`,
  highlight: (id) => `highlight ${id}`,
  uncoded: 'uncoded',
  breadcrumbs: 'What came before they left',
  breadcrumbFact: 'breadcrumb',
  breadcrumbCounts: (a, n, b, m, ci) => `${a} of ${n} who left · ${b} of ${m} who stayed${ci ? ` · 95% interval ${ci}` : ''}`,
}

const ar: CardLabels = {
  sections: {
    context: 'السياق',
    quotes: 'بكلماتهم',
    goals: 'الأهداف',
    pains: 'نقاط الألم',
    needs: 'الاحتياجات مرتبة حسب الفرصة',
    urgency: 'المواعيد النهائية والطوارئ',
    behaviours: 'السلوكيات',
    differences: 'بماذا يختلفون',
    demographics: 'من هم',
    custom: 'ملاحظات',
  },
  participants: arParticipants,
  ofParticipants: (p) => `${p} من المشاركين`,
  segment: 'الشريحة',
  sources: (n) => arabicCount(n, { one: 'مصدر واحد', two: 'مصدران', few: '{n} مصادر', many: '{n} مصدرًا', other: '{n} مصدر' }),
  confidence: {
    stable: 'شريحة مستقرة',
    moderate: 'شريحة مستقرة نسبيًا',
    unreliable: 'شريحة غير مستقرة: اقرأ بحذر',
    unknown: 'لم يُقَس الاستقرار',
  },
  basedOn: 'استنادًا إلى',
  more: (n) => `+${n} أخرى`,
  opportunity: 'الفرصة',
  importance: 'الأهمية',
  satisfaction: 'الرضا',
  mentions: (n) => arabicCount(n, { one: 'إشارة واحدة', two: 'إشارتان', few: '{n} إشارات', many: '{n} إشارة', other: '{n} إشارة' }),
  deadlines: (c, p) =>
    `${arabicCount(c, { one: 'موعد نهائي واحد', two: 'موعدان نهائيان', few: '{n} مواعيد نهائية', many: '{n} موعدًا نهائيًا', other: '{n} موعد نهائي' })} من ${arParticipants(p)}`,
  emergencies: (c, p) =>
    `${arabicCount(c, { one: 'حالة طارئة واحدة', two: 'حالتان طارئتان', few: '{n} حالات طارئة', many: '{n} حالة طارئة', other: '{n} حالة طارئة' })} من ${arParticipants(p)}`,
  nearest: 'الأقرب',
  severity: (l) => `شدة تصل إلى ${l} من 4`,
  deck: 'الشخصيات',
  appendix: 'ملحق الأدلة',
  appendixLead: 'كل اقتباس على البطاقات، مع مكان وروده.',
  preparedWith: 'أُعدّ باستخدام Needle',
  personas: (n) => arabicCount(n, { one: 'شخصية واحدة', two: 'شخصيتان', few: '{n} شخصيات', many: '{n} شخصية', other: '{n} شخصية' }),
  noEvidence: 'لم تُرفق اقتباسات بعد.',
  liftVs: (l) => `${l}× مقارنة بالجميع`,
  vsEveryone: (p) => `مقابل ${p} لدى الجميع`,
  // ن for عدد, as Arabic statistics writes a sample's size.
  sampleSize: (n) => `ن = ${n}`,
  highlight: (id) => `التظليل ${id}`,
  uncoded: 'غير مُرمَّز',
  breadcrumbs: 'ما سبق مغادرتهم',
  breadcrumbFact: 'أثر',
  breadcrumbCounts: (a, n, b, m, ci) => `${a} من ${n} ممن غادروا · ${b} من ${m} ممن بقوا${ci ? ` · فترة الثقة 95٪: ${ci}` : ''}`,
}

export function cardLabels(language: PersonaLanguage): CardLabels {
  return language === 'ar' ? ar : en
}

/** 0.234 → "23%" (Arabic cards: the Arabic percent sign, Western digits as the quotes themselves use). */
export function percent(share: number, language: PersonaLanguage): string {
  const p = Math.round(share * 100)
  return language === 'ar' ? `${p}٪` : `${p}%`
}

/** 2024-03-06 → "Mar 2024" / "مارس 2024". */
export function monthYear(iso: string, language: PersonaLanguage): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`)
  if (Number.isNaN(d.getTime())) return iso
  return new Intl.DateTimeFormat(language === 'ar' ? 'ar-u-nu-latn' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    d,
  )
}

/** 2024-03-06 → "6 Mar 2024" / "6 مارس 2024". */
export function dayMonthYear(iso: string, language: PersonaLanguage): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`)
  if (Number.isNaN(d.getTime())) return iso
  return new Intl.DateTimeFormat(language === 'ar' ? 'ar-u-nu-latn' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d)
}
