/**
 * The sample's Arabic persona as its researcher would leave it after drafting. A draft copies the
 * codebook's names into its sections, and the sample's codebook is English; a researcher writing an
 * Arabic card writes it in Arabic. So this card is the draft of the segment Ward wa Sukkar (the
 * Dubai interview, resources/sample/interview-ward-wa-sukkar-dubai.txt) belongs to, with:
 *
 * - its measured parts (needs by opportunity, deadlines and emergencies, where the segment differs,
 *   who they are) computed from the segment exactly as the draft computes them, in Arabic words;
 * - its own words (name, context, quotes, goals, pains, behaviours, peak days) written from that
 *   interview, every line citing the interview's real highlights, found by their exact text.
 *
 * A quote no longer in the interview, or a code, attribute or value with no Arabic here, fails the
 * sample build with what is missing, like a coding.json quote does (src/main/sample/coding.ts).
 */
import type Database from 'better-sqlite3'
import { defaultAvatar } from '../../../shared/persona/avatar'
import type { NeedFact, PersonaContent, PersonaSection, SectionKind } from '../../../shared/persona/content'
import { cardLabels, dayMonthYear, percent } from '../../../shared/persona/labels'
import { escapeHtml } from '../../../shared/persona/richText'
import type { Draft } from './draft'
import type { SegmentFacts } from './segmentFacts'

export const ARABIC_INTERVIEW = 'interview-ward-wa-sukkar-dubai.txt'
/** The interviewed company, as the survey and the CRM export name its account. */
export const ARABIC_ACCOUNT = 'Ward wa Sukkar Delivery'

export class SamplePersonaError extends Error {}

/** The codebook's needs as an Arabic-speaking researcher names them. */
const NEEDS: Record<string, string> = {
  'Re-route live when plans change': 'إعادة توزيع المسارات فور تغيّر الخطة',
  'Accurate arrival times for customers': 'أوقات وصول دقيقة للعملاء',
  'Add urgent jobs to today’s routes': 'إضافة الطلبات العاجلة إلى مسارات اليوم',
  'Plan recurring visits weeks ahead': 'تخطيط الزيارات الدورية قبل أسابيع',
  'Match jobs to skills and certificates': 'إسناد كل مهمة إلى من يملك مهارتها وشهادتها',
  'Take payment on the job': 'تحصيل الدفع في موقع العمل',
  'Proof of delivery (signature, photo, ID)': 'إثبات التسليم (توقيع، صورة، هوية)',
  'Audit trail for regulated items': 'سجل تدقيق للمواد الخاضعة للرقابة',
  Need: 'احتياجات أخرى',
  "Redistribute a stranded vehicle's stops": 'توزيع طلبات سيارة متعطلة على أقرب السائقين',
  'Live traffic in arrival times': 'الزحمة الفعلية في حساب أوقات الوصول',
  'Customer time windows': 'المواعيد التي يحددها العملاء',
  'Rebook cancelled visits automatically': 'إعادة حجز الزيارات الملغاة تلقائيًا',
  'Track certificate expiry': 'متابعة انتهاء صلاحية الشهادات',
  'ID check at the door': 'التحقق من الهوية عند الباب',
  'Cold-chain temperature record': 'سجل حرارة سلسلة التبريد',
  'Controlled-delivery report for inspectors': 'تقرير تسليم الأدوية الخاضعة للرقابة للمفتشين',
}

/** Survey and CRM attributes, and their values. Numbers and company names pass as they are. */
const ATTRIBUTES: Record<string, string> = {
  'Business type': 'نوع النشاط',
  Country: 'البلد',
  'Your role': 'الدور',
  'Fleet size (vehicles)': 'حجم الأسطول',
  'How easy was it to get started with Tidewater?': 'سهولة البدء مع Tidewater',
  'How likely are you to recommend Tidewater to a friend or colleague? (0-10)': 'احتمال التوصية بخدمة Tidewater (من 0 إلى 10)',
  'Lifecycle stage': 'مرحلة العميل',
  Channel: 'القناة',
  'Lost reason': 'سبب الخسارة',
  Rating: 'التقييم',
  'Deal value (GBP)': 'قيمة الصفقة (جنيه إسترليني)',
  'Which tools do you use alongside Tidewater?': 'الأدوات التي يستخدمونها مع Tidewater',
}

const VALUES: Record<string, string> = {
  'Courier / parcel delivery': 'توصيل الطرود',
  Pharmacy: 'صيدلية',
  'Florist & gifts': 'ورود وهدايا',
  'Food & catering': 'أغذية وضيافة',
  'Plumbing & heating': 'سباكة وتدفئة',
  'Cleaning & pest control': 'تنظيف ومكافحة حشرات',
  'Medical & lab logistics': 'نقل طبي ومخبري',
  'HVAC & air conditioning': 'تكييف وتبريد',
  'United Kingdom': 'المملكة المتحدة',
  'United Arab Emirates': 'الإمارات',
  'Saudi Arabia': 'السعودية',
  Qatar: 'قطر',
  Kuwait: 'الكويت',
  Oman: 'عُمان',
  Bahrain: 'البحرين',
  'Operations manager': 'مدير العمليات',
  'Pharmacist / superintendent': 'صيدلي مسؤول',
  'Owner / founder': 'المالك أو المؤسس',
  'Dispatcher / planner': 'مسؤول التوزيع والتخطيط',
  'Office manager': 'مدير المكتب',
  '1-5': 'من 1 إلى 5 مركبات',
  '6-15': 'من 6 إلى 15 مركبة',
  '16-50': 'من 16 إلى 50 مركبة',
  '51+': 'أكثر من 50 مركبة',
  trial: 'فترة تجربة',
  onboarding: 'في بداية الاستخدام',
  active: 'نشط',
  'at risk': 'معرّض للمغادرة',
  churned: 'غادر',
  'Sales call': 'مكالمة مبيعات',
  'Support ticket': 'تذكرة دعم',
  Review: 'تقييم',
  'Churn interview': 'مقابلة مغادرة',
  'Very easy': 'سهل جدا',
  Easy: 'سهل',
  'Neither easy nor difficult': 'لا سهل ولا صعب',
  Difficult: 'صعب',
  'Very difficult': 'صعب جدا',
  // Tools used alongside Tidewater, product names as Arabic speakers write them.
  'Google Maps': 'خرائط جوجل',
  WhatsApp: 'واتساب',
  'Excel / Google Sheets': 'إكسل أو جداول بيانات جوجل',
  'Paper run sheets': 'كشوف التوزيع الورقية',
  'Temperature data loggers': 'أجهزة تسجيل الحرارة',
  'PMR / pharmacy system': 'نظام سجلات الصيدلية',
  'Google Calendar': 'تقويم جوجل',
  'Talabat for Business': 'طلبات للأعمال',
  Circuit: 'سيركت',
  Stripe: 'سترايب',
  QuickBooks: 'كويك بوكس',
  Waze: 'ويز',
  'Jobber (trial)': 'جوبر (تجربة)',
  'ServiceM8 (trial)': 'سيرفس إم 8 (تجربة)',
  'Onfleet (trial)': 'أونفليت (تجربة)',
  SumUp: 'سم أب',
  Shopify: 'شوبيفاي',
  Xero: 'زيرو',
  HyperPay: 'هايبر باي',
  'Zoho Books': 'زوهو بوكس',
  DocuSign: 'دوكيو ساين',
  'Tap Payments': 'تاب للمدفوعات',
  GoCardless: 'جو كاردلس',
}

/** A line the researcher wrote, and the interview passages it rests on. */
interface Line {
  text: string
  quotes: string[]
}

/** The quotes the card opens with: said in the interview, in the speakers' own words. */
const QUOTES = [
  'إذا كان التأخير صادق وواضح، الزبون يتقبل. لكن الوقت الغلط يخرب كل شيء.',
  'أنا أبدأ الساعة ثمانية، وعندي خطة جميلة، وبعد الساعة عشرة كل شيء يتغير.',
  'أكثر من نصف الطلبات تجي في نفس اليوم، والعميل يريد التوصيل خلال ساعتين أو ثلاث. يعني ما في خطة صباحية تقدر تعتمد عليها.',
]

const GOALS: Line[] = [
  {
    text: 'ألا تتجاوز الطلبات المتأخرة 2٪، وهي اليوم قرابة 7٪ في الأيام العادية',
    quotes: ['وهدفي الشخصي: أقل من اثنين بالمية طلبات متأخرة.'],
  },
  {
    text: 'استقبال كل طلبات عيد الأم، أكبر يوم في السنة، دون رفض طلب واحد',
    quotes: ['نحتاج حل لإعادة التوزيع قبل نهاية الربع الأول، يعني قبل عيد الأم أكيد، وإلا ما نقدر نستقبل كل الطلبات.'],
  },
]

const PAINS: Line[] = [
  { text: 'أوقات وصول خاطئة تصل إلى العملاء بعد كل تغيير في المسار، والمحلات تدفع الثمن', quotes: ['لكن الوقت الغلط يخرب كل شيء.'] },
  {
    text: 'إعادة التوزيع باليد: اتصال بكل سائق ورسائل واتساب، وخمس دقائق لكل طلب عاجل',
    quotes: [
      'وبعدين أتصل فيه، لأن التطبيق أحياناً يتأخر في إرسال الطلب. كل طلب عاجل ياخذ مني خمس دقايق تقريباً.',
      'وأنا كنت أوزع الطلبات يدوياً على الواتساب',
    ],
  },
  {
    text: 'لا أحد يرد على الدعم الفني مساءً بتوقيتهم',
    quotes: ['لما يصير انقطاع عندنا الساعة تسعة بالليل، ما في أحد يرد. نحتاج دعم في وقتنا، مو في وقت لندن.'],
  },
]

const URGENCY: Line[] = [
  {
    text: 'أيام الذروة: اليوم الوطني في 2 ديسمبر وعيد الأم في 21 مارس؛ إعادة التوزيع المباشر مطلوبة قبل عيد الأم، وإلا فسيبحثون عن نظام محلي',
    quotes: ['اليوم الوطني في الثاني من ديسمبر', 'وعيد الأم في الحادي والعشرين من مارس', 'لكن إذا ما صار قبل عيد الأم، لازم أفكر جدياً.'],
  },
  {
    text: 'يوم الأمطار: تعطلت سيارتان مبردتان فيهما كيك أعراس، وتوقفت بوابة الدفع ساعتين دون أي تنبيه',
    quotes: ['شارعين مقفلين، وسيارتين من السيارات المبردة تعطلت في الماي، وفيها كيك أعراس.', 'صار انقطاع في بوابة الدفع عندنا'],
  },
]

const BEHAVIOURS: Line[] = [
  { text: 'يفتحون خرائط جوجل بجانب Tidewater ليعرفوا الزحمة الحقيقية', quotes: ['بعدين أفتح خرائط جوجل لأن أحتاج أعرف الزحمة الحقيقية'] },
  { text: 'يوزّعون الطلبات على السائقين عبر الواتساب حين تتغير الخطة، بلا أي سجل', quotes: ['وأنا كنت أوزع الطلبات يدوياً على الواتساب'] },
]

/** Opportunity (0-20) from which a rated need counts as unmet; below it the card leaves the need off, as a researcher would. */
const UNMET = 10

const fmt = (n: number) => (Math.round(n * 10) / 10).toFixed(1)
const list = (items: string[], ordered = false) =>
  items.length ? `<${ordered ? 'ol' : 'ul'}>${items.join('')}</${ordered ? 'ol' : 'ul'}>` : ''

function arabic(table: Record<string, string>, what: string, key: string): string {
  const hit = table[key]
  if (hit) return hit
  // Numbers (a median rating, a deal value, a score "4 / 5") read the same in both languages.
  if (/^[\d\s.,+\-–/]+$/.test(key)) return key
  throw new SamplePersonaError(`sample persona: no Arabic for the ${what} “${key}” (add it in personas/sampleArabic.ts).`)
}

export const needInArabic = (name: string) => arabic(NEEDS, 'need', name)

/** The segment the interviewed company's account is in: the segment this card describes. */
export function arabicSampleSegment(db: Database.Database): number | undefined {
  return db
    .prepare(
      `SELECT m.segment_id FROM segment_members m
         JOIN participant_attributes v ON v.participant_id = m.participant_id JOIN attributes a ON a.id = v.attribute_id
        WHERE a.name IN ('Account name', 'Company name (optional)') AND v.value = ? ORDER BY m.segment_id LIMIT 1`,
    )
    .pluck()
    .get(ARABIC_ACCOUNT) as number | undefined
}

interface Passage {
  id: number
  text: string
  speaker: string | null
}

function interviewPassages(db: Database.Database) {
  const find = db.prepare(
    `SELECT min(h.id) AS id, substr(d.text, h.start + 1, h.end - h.start) AS text,
            (SELECT coalesce(p.display_name, p.label) FROM utterances u JOIN participants p ON p.id = u.participant_id
              WHERE u.document_id = d.id AND u.start <= h.start AND u.end > h.start ORDER BY u.seq LIMIT 1) AS speaker
       FROM highlights h JOIN documents d ON d.id = h.document_id JOIN sources s ON s.id = d.source_id
      WHERE s.file_name = ? AND substr(d.text, h.start + 1, h.end - h.start) = ?
      GROUP BY h.start, h.end ORDER BY min(h.id) LIMIT 1`,
  )
  const byNeeds = (codeIds: number[]) =>
    codeIds.length
      ? (db
          .prepare(
            `SELECT min(h.id) FROM highlights h JOIN documents d ON d.id = h.document_id JOIN sources s ON s.id = d.source_id
               JOIN highlight_codes hc ON hc.highlight_id = h.id
              WHERE s.file_name = ? AND hc.code_id IN (${codeIds.map(() => '?').join(', ')})
              GROUP BY h.start, h.end ORDER BY h.start`,
          )
          .pluck()
          .all(ARABIC_INTERVIEW, ...codeIds) as number[])
      : []
  const quote = (text: string): Passage => {
    const hit = find.get(ARABIC_INTERVIEW, text) as Passage | undefined
    if (!hit?.id) throw new SamplePersonaError(`sample persona: no highlight reads “${text}” in ${ARABIC_INTERVIEW}.`)
    return hit
  }
  return { quote, byNeeds }
}

/** The Arabic card: the draft's measured facts and footer, with every word on it in Arabic. */
export function arabicSampleCard(db: Database.Database, facts: SegmentFacts, draft: Draft): Draft {
  const l = cardLabels('ar')
  const passages = interviewPassages(db)
  const n = facts.members.length
  const share = (people: number) => percent(n ? people / n : 0, 'ar')

  const lines = (items: Line[]) => {
    const evidence: number[] = []
    const html = list(
      items.map((line) => {
        evidence.push(...line.quotes.map((q) => passages.quote(q).id))
        return `<li><p>${escapeHtml(line.text)}</p></li>`
      }),
    )
    return { html, evidence }
  }

  const quotes = QUOTES.map((text) => passages.quote(text))
  const quotesHtml = quotes
    .map(
      (q) =>
        `<blockquote data-highlight-id="${q.id}"><p>${escapeHtml(q.text)}</p>${q.speaker ? `<p><cite>${escapeHtml(q.speaker)}</cite></p>` : ''}</blockquote>`,
    )
    .join('')

  // The unmet needs by opportunity, then what the interviews asked for that the survey does not rate.
  const unmet = facts.needs.filter((x) => x.opportunity != null && x.opportunity >= UNMET)
  const voiced = facts.needs.filter((x) => x.opportunity == null && x.mentions > 0 && (x.lift ?? 0) > 1).slice(0, 2)
  const shown = [...unmet, ...voiced].slice(0, 6)
  const needItem = (x: NeedFact) =>
    `<li><p><strong>${escapeHtml(needInArabic(x.name))}</strong> ${
      x.opportunity != null
        ? `${l.opportunity} <code>${fmt(x.opportunity)}</code> · ${l.importance} ${fmt(x.importance ?? 0)} · ${l.satisfaction} ${fmt(x.satisfaction ?? 0)}`
        : `${l.mentions(x.mentions)}${x.lift != null && x.lift > 1 ? ` · ${l.liftVs(fmt(x.lift))}` : ''}`
    }</p></li>`
  const needsHtml = list(shown.map(needItem), true)

  const measured: string[] = []
  if (facts.deadlines.count) {
    const nearest = facts.deadlines.nearest.map((d) => dayMonthYear(d, 'ar')).join('، ')
    measured.push(
      `<li><p><strong>${l.deadlines(facts.deadlines.count, facts.deadlines.participants)}</strong>${nearest ? ` · ${l.nearest}: ${nearest}` : ''}</p></li>`,
    )
  }
  if (facts.emergencies.count) {
    const sev = facts.emergencies.maxSeverity != null ? ` · ${l.severity(facts.emergencies.maxSeverity)}` : ''
    measured.push(`<li><p><strong>${l.emergencies(facts.emergencies.count, facts.emergencies.participants)}</strong>${sev}</p></li>`)
  }
  const urgency = lines(URGENCY)
  const urgencyHtml = `<ul>${measured.join('')}${urgency.html.replace(/^<ul>|<\/ul>$/g, '')}</ul>`

  const differences = facts.differences.map(
    (d) =>
      `<li><p>${escapeHtml(arabic(ATTRIBUTES, 'attribute', d.name))}: <strong>${escapeHtml(arabic(VALUES, 'value', d.value))}</strong> <code>${percent(d.segmentShare, 'ar')}</code> ${l.vsEveryone(percent(d.overallShare, 'ar'))}</p></li>`,
  )
  const demographics = facts.demographics.map(
    (d) =>
      `<li><p>${escapeHtml(arabic(ATTRIBUTES, 'attribute', d.name))}: <strong>${escapeHtml(arabic(VALUES, 'value', d.value))}</strong>${d.share != null ? ` <code>${percent(d.share, 'ar')}</code>` : ''}</p></li>`,
  )

  const goals = lines(GOALS)
  const pains = lines(PAINS)
  const behaviours = lines(BEHAVIOURS)
  const written: Partial<Record<SectionKind, { html: string; evidence: number[] }>> = {
    quotes: { html: quotesHtml, evidence: quotes.map((q) => q.id) },
    needs: { html: needsHtml, evidence: passages.byNeeds(shown.map((x) => x.codeId)) },
    goals,
    pains,
    urgency: { html: urgencyHtml, evidence: urgency.evidence },
    behaviours,
    differences: { html: list(differences), evidence: [] },
    demographics: { html: list(demographics), evidence: [] },
  }
  const sections: PersonaSection[] = draft.content.sections.map((s) => {
    const mine = written[s.kind]
    return mine ? { ...s, html: mine.html, evidence: [...new Set(mine.evidence)], hidden: !mine.html } : s
  })

  const [first, second] = facts.needs.filter((x) => x.opportunity != null).map((x) => needInArabic(x.name))
  const content: PersonaContent = {
    ...draft.content,
    context:
      `${percent(facts.everyone ? n / facts.everyone : 0, 'ar')} من المشاركين (${n}): شركات توصيل في اليوم نفسه، للطرود والورد والطعام. ` +
      'يبدأ يومهم بخطة جيدة ثم تتبدل قبل الظهر، فيعيدون توزيع الطلبات بأيديهم.' +
      (facts.deadlines.participants ? ` ${share(facts.deadlines.participants)} منهم يعملون وفق مواعيد نهائية.` : ''),
    sections,
    facts: {
      ...draft.content.facts,
      segmentName: first ? `يحتاجون ${first}${second ? ` و${second}` : ''}` : draft.content.facts.segmentName,
      needs: draft.content.facts.needs.map((x) => ({ ...x, name: needInArabic(x.name) })),
    },
  }
  const tagline = 'إعادة التوزيع المباشر أولًا، ثم أوقات وصول صادقة'
  // A role without a gendered noun: the interview says what the work is, not who does it.
  const role = 'إدارة العمليات في شركة توصيل في اليوم نفسه'
  return { name: draft.name, content: { ...content, tagline, role, avatar: defaultAvatar(draft.name, 'pattern') } }
}
