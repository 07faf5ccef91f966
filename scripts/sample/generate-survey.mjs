#!/usr/bin/env node
/**
 * Writes resources/sample/survey.csv: a Google Forms export of Tidewater's autumn 2026
 * customer survey, with three needs-based segments planted in the ratings, and
 * scripts/sample/planted-segments.json: which respondent belongs to which segment, so
 * segmentation tests can check that the segments are recovered.
 *
 * Deterministic: a fixed seed and no clock, so re-running gives the same bytes.
 *   npx node scripts/sample/generate-survey.mjs
 *
 * The segments cut across business type and country on purpose: an emergency plumber is
 * a same-day operator, a caterer with fixed corporate rounds is a planner. Only the needs
 * (what is important and badly served) define them.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const SEED = 20261124
const RESPONDENTS = 120

// --- deterministic randomness ------------------------------------------------------------
function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const rand = mulberry32(SEED)
const chance = (p) => rand() < p
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1))
const pick = (xs) => xs[Math.floor(rand() * xs.length)]
function gauss() {
  const u = 1 - rand()
  const v = rand()
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
}
/** Picks from [[value, weight], ...]. */
function weighted(pairs) {
  const total = pairs.reduce((s, [, w]) => s + w, 0)
  let r = rand() * total
  for (const [v, w] of pairs) {
    if ((r -= w) < 0) return v
  }
  return pairs[pairs.length - 1][0]
}
function shuffle(xs) {
  const a = [...xs]
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[a[i], a[j]] = [a[j], a[i]]
  }
  return a
}
const clamp = (x, lo, hi) => Math.max(lo, Math.min(hi, x))

// --- the needs and the planted segments ---------------------------------------------------
const NEEDS = [
  'Re-route live when plans change',
  'Accurate arrival times for customers',
  'Add urgent jobs to today’s routes',
  'Plan recurring visits weeks ahead',
  'Match jobs to skills and certificates',
  'Take payment on the job',
  'Proof of delivery (signature, photo, ID)',
  'Audit trail for regulated items',
]

/**
 * Mean importance and satisfaction (1-5) per need, in NEEDS order. Each segment has its
 * unmet needs (important, badly served) and is content or indifferent elsewhere.
 */
const SEGMENTS = {
  'same-day': {
    label: 'Same-day urgency operators',
    size: 45,
    unmet: [0, 1, 2],
    importance: [4.7, 4.5, 4.6, 2.2, 2.0, 2.6, 2.8, 1.6],
    satisfaction: [1.9, 2.1, 1.8, 3.2, 3.0, 3.4, 3.8, 3.0],
    nps: 5.2,
    business: [
      ['Courier / parcel delivery', 45],
      ['Florist & gifts', 18],
      ['Food & catering', 20],
      ['Plumbing & heating', 10],
      ['Pharmacy', 4],
    ],
    fleet: [
      ['1-5', 10],
      ['6-15', 40],
      ['16-50', 40],
      ['51+', 10],
    ],
  },
  scheduled: {
    label: 'Scheduled-route planners',
    size: 42,
    unmet: [3, 4, 5],
    importance: [2.6, 2.8, 2.4, 4.7, 4.5, 4.3, 2.9, 2.0],
    satisfaction: [3.6, 3.4, 3.4, 1.8, 1.7, 2.0, 3.6, 3.0],
    nps: 6.6,
    business: [
      ['HVAC & air conditioning', 30],
      ['Plumbing & heating', 30],
      ['Cleaning & pest control', 20],
      ['Food & catering', 10],
      ['Courier / parcel delivery', 8],
    ],
    fleet: [
      ['1-5', 15],
      ['6-15', 45],
      ['16-50', 35],
      ['51+', 5],
    ],
  },
  compliance: {
    label: 'Compliance-heavy pharmacies and medical logistics',
    size: 33,
    unmet: [6, 7],
    importance: [2.2, 2.6, 2.0, 2.6, 2.3, 2.2, 4.8, 4.7],
    satisfaction: [3.6, 3.4, 3.5, 3.1, 3.0, 3.3, 1.8, 1.6],
    nps: 4.3,
    business: [
      ['Pharmacy', 70],
      ['Medical & lab logistics', 25],
      ['Courier / parcel delivery', 5],
    ],
    fleet: [
      ['1-5', 45],
      ['6-15', 40],
      ['16-50', 15],
    ],
  },
}

const COUNTRIES = [
  ['United Kingdom', 55],
  ['United Arab Emirates', 17],
  ['Saudi Arabia', 14],
  ['Qatar', 8],
  ['Kuwait', 3],
  ['Oman', 2],
  ['Bahrain', 1],
]
const GULF_PLACES = {
  'United Arab Emirates': ['Dubai', 'Sharjah', 'Abu Dhabi', 'Al Barsha', 'Deira', 'JLT'],
  'Saudi Arabia': ['Riyadh', 'Jeddah', 'Dammam', 'Al Malqa', 'Al Olaya'],
  Qatar: ['Doha', 'Lusail', 'Al Wakrah', 'West Bay'],
  Kuwait: ['Salmiya', 'Hawalli', 'Kuwait City'],
  Oman: ['Muscat', 'Seeb'],
  Bahrain: ['Manama', 'Riffa'],
}
const UK_PLACES = [
  'Leeds',
  'Croydon',
  'Bristol',
  'Hackney',
  'Salford',
  'Cardiff',
  'Leicester',
  'Glasgow',
  'Brighton',
  'Stockport',
  'Walthamstow',
  'Nottingham',
]

// --- answer banks: hand-written, slots filled per respondent ------------------------------
const BETTER_EN = {
  'same-day': [
    'When a van breaks down I need to share its stops out in one click, not drag them one by one.',
    'Re-plan the afternoon live. By 11am the morning plan is useless.',
    'Customer ETAs need to update themselves when we move a stop. Wrong times cause more complaints than late ones.',
    'Let me drop an urgent job in and tell me in seconds which driver can take it without wrecking their day.',
    'Use proper live traffic. I still keep Google Maps open next to Tidewater to check the real times.',
    'Tell me when the Shopify feed goes quiet. We lost a morning of orders and nobody noticed.',
    'Faster push to drivers, a lot of the time I still have to ring them to say the route changed.',
  ],
  scheduled: [
    'Plan our annual service visits weeks ahead and suggest slots when an engineer is already in the area.',
    'Know which engineer can do which job. It keeps sending apprentices to commercial work.',
    'Recurring jobs!! We run everything off a spreadsheet and customers fall through the cracks.',
    'Take card payment on the job and put it straight into Xero against the right customer.',
    'Track certificate expiry dates (Gas Safe, F-gas) and stop booking people whose certificates have run out.',
    'When I cancel a day, offer those customers the next free slot automatically.',
    'Time windows per customer, mornings, afternoons, Saturdays. We plan month by month, not minute by minute.',
  ],
  compliance: [
    'Proof of delivery that stands up to an inspector: signature, recipient name, photo, time, linked to the prescription.',
    'A full chain of custody for controlled drugs, who packed, who checked, who drove, who received.',
    'Temperature records for fridge lines as part of the delivery record.',
    'A data protection document we can file: where the data is hosted, retention, who can see it.',
    'Take the delivery list straight from our PMR instead of a spreadsheet upload every morning.',
    'One report of all controlled deliveries this month with signatures, for the GPhC.',
    'Don’t sell us live ETAs, we need to prove the right person got the right medicine.',
  ],
}
const BETTER_AR = {
  'same-day': [
    'نحتاج إعادة توزيع الطلبات فوراً لما تتعطل سيارة، حالياً نسويها يدوياً على الواتساب.',
    'أوقات الوصول اللي توصل للعملاء غير دقيقة بعد أي تغيير في المسار.',
    'أريد أضيف طلب عاجل للمسار خلال ثواني بدون ما أخرب باقي اليوم.',
    'الإشعار للسائق لازم يكون أوضح، السواقين على الدراجات ما ينتبهون.',
    'ربط مباشر مع خرائط جوجل للزحمة الحقيقية.',
  ],
  scheduled: [
    'نحتاج جدولة زيارات الصيانة الدورية قبل أسابيع بدل ملف الإكسل.',
    'النظام يرسل فني ما عنده الخبرة المناسبة للموقع، لازم يعرف مهارات كل فني.',
    'نبي الدفع في الموقع بمدى أو Apple Pay والفاتورة تطلع فوراً.',
    'لازم تكون الفواتير متوافقة مع الفوترة الإلكترونية قبل نهاية الربع.',
    'مراعاة نافذة الوقت لكل عميل، بعض العملاء يبون الزيارة بعد العصر.',
  ],
  compliance: [
    'نحتاج إثبات تسليم كامل: توقيع المستلم ورقم الهوية وصورة، مربوط بالوصفة.',
    'لازم يكون عندنا سجل كامل لكل شحنة أدوية مبردة مع درجة الحرارة.',
    'الوزارة تطلب مكان تخزين بيانات المرضى، ولازم يكون داخل دول الخليج.',
    'صور الهوية حالياً في جوال السائق الشخصي، وهذا غير مقبول.',
    'تقرير شهري لكل الأدوية الخاضعة للرقابة للتفتيش.',
  ],
}
const BADDAY_EN = {
  'same-day': [
    'Van broke down at lunchtime on {day} with {n} stops left. We split them by hand and {m} were late.',
    'Black Friday last year. Double the volume, agency drivers who had never seen the app, and customers getting ETAs that were an hour out.',
    'Road closure in {place} on {day}, every route through it was wrong and the app kept sending drivers into it.',
    'A driver went off sick at 10am. Re-planning his {n} drops took me most of an hour, with the phone going the whole time.',
    'Our biggest client sent {n} orders at 11:30 all due by 3. We missed {m} of them and got a penalty for each.',
  ],
  scheduled: [
    'Found out in {month} that about {n} service customers had never been booked. One boiler failed and the warranty was void without the service record.',
    'Cold snap on {day}: {n} breakdown calls before lunch, so we cancelled every planned visit and spent two days ringing people to rebook.',
    'Sent the wrong engineer to a commercial kitchen in {place}. He drove an hour, could not do the job, and we lost the day.',
    'An engineer did a job with an expired certificate because nobody had noticed the date. Nothing went wrong, but it could have.',
    'Chasing {n} small unpaid invoices at month end because nobody took payment on the day.',
  ],
  compliance: [
    'A delivery sheet with a day of controlled drug signatures went through the wash. We could not prove {n} deliveries.',
    'A driver left a controlled drug with a neighbour because the patient asked on the phone. It became an incident report.',
    'Van air con failed in the heat with insulin on board. We replaced {m} deliveries the same evening and had no temperature record to show.',
    'The PMR was down all morning on {day}, so the delivery list never reached Tidewater and {n} deliveries went out in the afternoon.',
    'Inspector asked how we know controlled drugs reach the right person. The honest answer was a paper sheet.',
  ],
}
const BADDAY_AR = {
  'same-day': [
    'تعطلت سيارة التوصيل وقت الذروة يوم {dayAr} وتأخر {n} طلب.',
    'يوم الأمطار، الشوارع مقفلة وما قدرنا نعيد توزيع الطلبات بسرعة.',
    'صار انقطاع في بوابة الدفع لمدة ساعتين وما انتبهنا إلا من الزبائن.',
    'في عيد الأم الطلبات صارت ثلاثة أضعاف والسواقين ما لحقوا.',
  ],
  scheduled: [
    'فاتتنا زيارات صيانة دورية لـ{n} عميل لأنها سقطت من جدول الإكسل.',
    'فني سبليت راح لموقع تكييف مركزي ورجع بدون ما يسوي شي، وخسرنا يوم كامل.',
    'في الصيف جانا {n} بلاغ طارئ في يوم واحد، وألغينا كل الزيارات المجدولة.',
    'تأخر التحصيل، عندنا مبالغ صغيرة كثيرة ما انحصلت لأن ما في دفع في الموقع.',
  ],
  compliance: [
    'تم تسليم دواء خاضع للرقابة لشخص غير مخوّل، وما قدرنا نثبت شي أمام الوزارة.',
    'تعطل التكييف في سيارة التوصيل وكانت فيها أدوية إنسولين.',
    'المفتش طلب سجل التسليم للأدوية المراقبة، وكان عندنا بس الفواتير الورقية.',
    'انقطاع في نظام الصيدلية الصبح، والسائقين انتظروا لين الظهر.',
  ],
}
const ELSE_EN = [
  'Routing itself is great, genuinely. It is everything around it.',
  'Support takes too long to answer, we are a small team and cannot wait days.',
  'Price is fine for us.',
  'Please keep the driver app simple, half my drivers will not read anything longer than one line.',
  'We have to decide on renewal before the end of March, so sooner is better.',
  'Happy to do a follow-up call.',
  'The new map view is much better, thanks.',
  'Our drivers like it more than the last system, which says a lot.',
  'Would pay more for the features above, honestly.',
  'Onboarding was quick, the import from our spreadsheet worked first time.',
  'Please don’t make the app heavier. It already drains the drivers’ batteries by mid-afternoon.',
  'We are growing fast and need this to keep up.',
  'The weekly report e-mail is the only one I actually read.',
  'Your sales team promised some of this last year.',
  'A proper API would let us fix half of this ourselves.',
  'Good product, small company feel, we like that.',
]
const ELSE_AR = [
  'نتمنى دعم فني بالعربي وفي وقتنا.',
  'التطبيق لازم يدعم اللغة العربية للسائقين.',
  'الأسعار مناسبة، لكن نحتاج المزايا اللي ذكرتها قبل نهاية الربع.',
  'شكراً على الاهتمام بآرائنا.',
  'السائقين مرتاحين مع التطبيق أكثر من النظام القديم.',
  'نتمنى تطبيق أخف، البطارية تخلص بسرعة.',
  'نحتاج ربط مع نظام المحاسبة عندنا.',
  'الخدمة ممتازة بشكل عام، الله يعطيكم العافية.',
]
// Closing remarks have their own stream so that their wording can change without moving
// anyone's ratings (the feedback table refers to some respondents' answers).
const randElse = mulberry32(SEED + 1)
function anythingElse(arabic) {
  const bank = arabic ? ELSE_AR : ELSE_EN
  const first = bank[Math.floor(randElse() * bank.length)]
  if (randElse() < 0.55) return first
  const second = bank[Math.floor(randElse() * bank.length)]
  return second === first ? first : `${first} ${second}`
}
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const DAYS_AR = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'السبت']
const MONTHS = ['January', 'February', 'March', 'September', 'October']

function fill(template, place) {
  const n = int(12, 60)
  return template
    .replaceAll('{n}', String(n))
    .replaceAll('{m}', String(int(3, n - 2)))
    .replaceAll('{day}', pick(DAYS))
    .replaceAll('{dayAr}', pick(DAYS_AR))
    .replaceAll('{month}', pick(MONTHS))
    .replaceAll('{place}', place)
}

/** One or two sentences; now and then a second paragraph, as people type in a form. */
function answer(bank, group, place, { blank, twoSentences }) {
  if (chance(blank)) return ''
  const first = fill(pick(bank[group]), place)
  if (!chance(twoSentences)) return first
  let second = fill(pick(bank[group]), place)
  if (second === first) return first
  return first + (chance(0.35) ? '\n' : ' ') + second
}

const TOOLS = {
  common: ['Google Maps', 'WhatsApp', 'Excel / Google Sheets', 'Paper run sheets', 'Waze'],
  'same-day': ['Shopify', 'Onfleet (trial)', 'Circuit', 'Stripe'],
  scheduled: ['Xero', 'QuickBooks', 'Google Calendar', 'SumUp', 'GoCardless', 'Jobber (trial)', 'ServiceM8 (trial)'],
  compliance: ['PMR / pharmacy system', 'Temperature data loggers', 'DocuSign'],
}
const GULF_TOOLS = {
  'same-day': ['Tap Payments', 'Talabat for Business'],
  scheduled: ['Zoho Books', 'HyperPay'],
  compliance: ['Tap Payments'],
}
function tools(group, gulf) {
  const chosen = []
  const p = {
    'Google Maps': 0.85,
    WhatsApp: gulf ? 0.95 : 0.55,
    'Excel / Google Sheets': group === 'scheduled' ? 0.9 : 0.5,
    'Paper run sheets': group === 'compliance' ? 0.7 : 0.15,
    Waze: gulf ? 0.3 : 0.1,
  }
  for (const t of TOOLS.common) if (chance(p[t])) chosen.push(t)
  const own = TOOLS[group].filter((t) => !(gulf && t === 'GoCardless'))
  for (const t of own) if (chance(0.45)) chosen.push(t)
  if (gulf) for (const t of GULF_TOOLS[group]) if (chance(0.5)) chosen.push(t)
  if (!chance(0.9)) return chosen.length ? chosen : ['Google Maps']
  // Google Forms lists checkbox answers in the form's option order.
  const order = [
    ...TOOLS.common,
    ...TOOLS['same-day'],
    ...TOOLS.scheduled,
    ...TOOLS.compliance,
    'Tap Payments',
    'Talabat for Business',
    'Zoho Books',
    'HyperPay',
  ]
  return chosen.sort((a, b) => order.indexOf(a) - order.indexOf(b))
}

const EASE = ['Very difficult', 'Difficult', 'Neither easy nor difficult', 'Easy', 'Very easy']

function role(business) {
  if (business === 'Pharmacy')
    return weighted([
      ['Pharmacist / superintendent', 45],
      ['Operations manager', 25],
      ['Owner / founder', 20],
      ['Dispatcher / planner', 10],
    ])
  return weighted([
    ['Owner / founder', 35],
    ['Operations manager', 30],
    ['Dispatcher / planner', 25],
    ['Office manager', 10],
  ])
}

// Interview companies answered the survey too; their rows are fixed so the sources link up.
const KNOWN = [
  {
    id: 'TW-1014',
    nps: 6,
    group: 'same-day',
    company: 'Hackney Hare Couriers',
    business: 'Courier / parcel delivery',
    fleet: '16-50',
    country: 'United Kingdom',
    role: 'Operations manager',
    lang: 'en',
  },
  {
    id: 'TW-1027',
    nps: 7,
    group: 'scheduled',
    company: 'Lloyd & Sons Heating',
    business: 'Plumbing & heating',
    fleet: '6-15',
    country: 'United Kingdom',
    role: 'Owner / founder',
    lang: 'en',
  },
  {
    id: 'TW-1041',
    nps: 4,
    group: 'compliance',
    company: 'Parkside Pharmacy Group',
    business: 'Pharmacy',
    fleet: '1-5',
    country: 'United Kingdom',
    role: 'Pharmacist / superintendent',
    lang: 'en',
  },
  {
    id: 'TW-1058',
    nps: 3,
    group: 'compliance',
    company: 'Al Bidda Pharmacy',
    business: 'Pharmacy',
    fleet: '6-15',
    country: 'Qatar',
    role: 'Pharmacist / superintendent',
    lang: 'en',
  },
  {
    id: 'TW-1066',
    nps: 5,
    group: 'same-day',
    company: 'Ward wa Sukkar Delivery',
    business: 'Florist & gifts',
    fleet: '16-50',
    country: 'United Arab Emirates',
    role: 'Operations manager',
    lang: 'ar',
  },
  {
    id: 'TW-1083',
    nps: 7,
    group: 'scheduled',
    company: 'Nasma AC & Maintenance',
    business: 'HVAC & air conditioning',
    fleet: '16-50',
    country: 'Saudi Arabia',
    role: 'Operations manager',
    lang: 'ar',
  },
]
/** A few respondents give their company's name; each name is used once, and fits the trade. */
const COMPANY_NAMES = {
  'Courier / parcel delivery': { uk: ['Swift Street Couriers', 'Pedal & Parcel'], gulf: ['Sahm Express', 'Marina Courier Co.'] },
  'Florist & gifts': { uk: ['Bloom & Box'], gulf: ['Rose Souq Flowers'] },
  'Food & catering': { uk: ['The Cake Run', 'Crescent Catering'], gulf: ['Zaatar Kitchen Catering'] },
  'Plumbing & heating': { uk: ['CityCare Plumbing'], gulf: ['Al Waha Plumbing Services'] },
  'HVAC & air conditioning': { uk: ['Northern Air Services'], gulf: ['Oasis Cool Services', 'Desert Breeze AC'] },
  'Cleaning & pest control': { uk: ['Greenway Cleaning'], gulf: ['Pestaway Gulf'] },
  Pharmacy: { uk: ['Riverside Chemists'], gulf: ['Al Noor Pharmacy'] },
  'Medical & lab logistics': { uk: ['Medilink Couriers'], gulf: ['Shifa Lab Logistics'] },
}
function companyName(business, gulf) {
  const names = COMPANY_NAMES[business][gulf ? 'gulf' : 'uk']
  return names.length ? names.splice(Math.floor(rand() * names.length), 1)[0] : ''
}

// --- build the respondents -----------------------------------------------------------------
const groupList = shuffle(Object.entries(SEGMENTS).flatMap(([g, s]) => Array.from({ length: s.size }, () => g)))
const known = new Map(KNOWN.map((k) => [k.id, k]))
// Make the fixed rows land on their planted group without changing the group sizes.
for (const k of KNOWN) {
  const index = Number(k.id.slice(3)) - 1001
  if (groupList[index] === k.group) continue
  const swap = groupList.findIndex((g, i) => g === k.group && !known.has(`TW-${1001 + i}`))
  ;[groupList[index], groupList[swap]] = [groupList[swap], groupList[index]]
}

const start = Date.UTC(2026, 9, 26, 8, 0, 0) // 26 Oct 2026, after the clocks went back: GMT
function timestamp(i) {
  // Responses arrive in bursts after each reminder e-mail, in order.
  const t = start + i * 5.1 * 3600e3 + int(0, 4 * 3600) * 1000
  const d = new Date(t)
  const h = d.getUTCHours()
  const h12 = h % 12 === 0 ? 12 : h % 12
  const pad = (x) => String(x).padStart(2, '0')
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${h12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'} GMT`
}

const rows = []
const truth = {}
for (let i = 0; i < RESPONDENTS; i++) {
  const id = `TW-${1001 + i}`
  const group = groupList[i]
  const seg = SEGMENTS[group]
  const k = known.get(id)
  const country = k?.country ?? weighted(COUNTRIES)
  const gulf = country !== 'United Kingdom'
  const business = k?.business ?? weighted(seg.business)
  const place = gulf ? pick(GULF_PLACES[country]) : pick(UK_PLACES)
  const arabic = k ? k.lang === 'ar' : gulf && chance(0.6)
  // Some people rate everything a little higher or lower than others do.
  const style = gauss() * 0.35
  const ratings = []
  for (let n = 0; n < NEEDS.length; n++) {
    const imp = clamp(Math.round(seg.importance[n] + style + gauss() * 0.7), 1, 5)
    const sat = clamp(Math.round(seg.satisfaction[n] + style + gauss() * 0.7), 1, 5)
    // A few cells left empty: the grid questions were not required.
    ratings.push(chance(0.012) ? '' : String(imp), chance(0.012) ? '' : String(sat))
  }
  const drawn = clamp(Math.round(seg.nps + gauss() * 1.8), 0, 10)
  const nps = k?.nps ?? drawn
  const ease = EASE[clamp(Math.round(2.4 + gauss() * 1.0), 0, 4)]
  const better = answer(arabic ? BETTER_AR : BETTER_EN, group, place, { blank: 0.06, twoSentences: 0.3 })
  const badDay = answer(arabic ? BADDAY_AR : BADDAY_EN, group, place, { blank: 0.15, twoSentences: 0.12 })
  // One draw from the main stream stands where the remark used to be picked, keeping every later row as it was.
  const other = chance(0.65) ? '' : (rand(), anythingElse(arabic))
  const company = k?.company ?? (chance(0.15) ? companyName(business, gulf) : '')
  rows.push([
    timestamp(i),
    id,
    company,
    business,
    k?.fleet ?? weighted(seg.fleet),
    country,
    k?.role ?? role(business),
    String(nps),
    ...ratings,
    tools(group, gulf).join(', '),
    ease,
    better,
    badDay,
    other,
  ])
  truth[id] = group
}

const header = [
  'Timestamp',
  'Respondent ID',
  'Company name (optional)',
  'Business type',
  'Fleet size (vehicles)',
  'Country',
  'Your role',
  'How likely are you to recommend Tidewater to a friend or colleague? (0-10)',
  ...NEEDS.flatMap((n) => [`Importance: ${n}`, `Satisfaction: ${n}`]),
  'Which tools do you use alongside Tidewater?',
  'How easy was it to get started with Tidewater?',
  'What is the one thing Tidewater should do better for you?',
  'Tell us about the last time a day went badly wrong. What happened?',
  'Anything else you would like to tell us?',
]

/** RFC 4180 quoting, as Google Forms writes it: quote only when needed, CRLF between rows. */
function csvField(s) {
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}
const csv = [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n'
writeFileSync(join(root, 'resources', 'sample', 'survey.csv'), csv)

const planted = {
  description:
    'Planted needs-based segments in resources/sample/survey.csv (seed ' +
    SEED +
    '). Ratings per need are drawn around the means below with per-respondent response style (sd 0.35) and item noise (sd 0.7), rounded and clamped to 1-5; about 1% of cells are blank.',
  needs: NEEDS,
  segments: Object.fromEntries(
    Object.entries(SEGMENTS).map(([g, s]) => [
      g,
      {
        label: s.label,
        size: groupList.filter((x) => x === g).length,
        unmetNeeds: s.unmet.map((n) => NEEDS[n]),
        meanImportance: Object.fromEntries(NEEDS.map((n, i) => [n, s.importance[i]])),
        meanSatisfaction: Object.fromEntries(NEEDS.map((n, i) => [n, s.satisfaction[i]])),
      },
    ]),
  ),
  interviewCompanies: Object.fromEntries(KNOWN.map((k) => [k.company, { respondentId: k.id, segment: k.group }])),
  assignments: truth,
}
mkdirSync(join(root, 'scripts', 'sample'), { recursive: true })
writeFileSync(join(root, 'scripts', 'sample', 'planted-segments.json'), JSON.stringify(planted, null, 2) + '\n')
console.log(
  `survey.csv: ${rows.length} respondents; segments ${Object.entries(SEGMENTS)
    .map(([g]) => `${g}=${groupList.filter((x) => x === g).length}`)
    .join(', ')}`,
)
