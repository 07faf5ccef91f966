#!/usr/bin/env node
/**
 * Writes resources/sample/feedback.csv: Tidewater's CRM and help-desk export for 2026, one
 * row per touchpoint (sales call, support ticket, review, churn interview), sorted by date
 * as the CRM exports it. Every row is hand-written below; this script only quotes them
 * correctly and keeps the file stable. Account IDs TW-1xxx also answered the survey;
 * TW-2xxx did not.
 *   npx node scripts/sample/generate-feedback.mjs
 */
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

const SALES = 'Sales call'
const TICKET = 'Support ticket'
const REVIEW = 'Review'
const CHURN = 'Churn interview'

/**
 * Each account's trail: [date, channel, stage, rating, notes, lostReason?]. `segment` is the
 * needs-based group the account was written for (see planted-segments.json); not exported.
 */
const ACCOUNTS = [
  {
    id: 'TW-1014',
    segment: 'same-day',
    name: 'Hackney Hare Couriers',
    value: 9600,
    trail: [
      [
        '2026-02-10',
        SALES,
        'trial',
        '',
        'Same-day courier, East London. 11 vans, 6 cargo bikes, 2 motorbikes. Dan (ops lead) loves the morning optimisation; asked if bikes can have their own speed profile. Trial started.',
      ],
      ['2026-03-02', SALES, 'onboarding', '', 'Signed annual. Wants the Shopify connector live before Easter for their clothing client.'],
      [
        '2026-06-18',
        TICKET,
        'active',
        4,
        'How do I move five stops from one van to another mid-afternoon without re-optimising every route? Explained manual drag and lock. Logged feature request: live re-plan of the rest of the day.',
      ],
      [
        '2026-09-15',
        TICKET,
        'active',
        2,
        'Shopify connector stopped syncing 07:40-11:55. Customer only noticed when the shop rang them. Asks for an alert when the order feed goes quiet. Root cause: expired token on our side.',
      ],
      [
        '2026-10-07',
        TICKET,
        'at risk',
        1,
        'Van broke down on Mare St on 6 Oct with 41 stops left; Leanne (dispatcher) redistributed by hand, 40 delivered late. Customer texts kept showing the old ETAs. "We need a redistribute button." Escalated to product.',
      ],
      [
        '2026-10-14',
        SALES,
        'at risk',
        '',
        'Account review. Their grocer client reviews suppliers in January and wants 98% on time by 31 Dec. Black Friday (27 Nov) will double volume with 4 agency drivers. Dan will look at Onfleet again if there is no live re-routing by the end of January.',
      ],
    ],
  },
  {
    id: 'TW-1027',
    segment: 'scheduled',
    name: 'Lloyd & Sons Heating',
    value: 6200,
    trail: [
      [
        '2026-01-20',
        SALES,
        'trial',
        '',
        'Heating and plumbing, Stockport. 9 engineers, ~2,400 customers on annual service plans. Asked about recurring jobs: told it is on the roadmap.',
      ],
      [
        '2026-02-05',
        SALES,
        'onboarding',
        '',
        'Signed. Jess (booking) will keep the service-plan spreadsheet for now and add jobs day by day.',
      ],
      [
        '2026-05-12',
        TICKET,
        'active',
        3,
        'Apprentice routed to a commercial kitchen job he is not qualified for. Customer asks for skills/certificates per engineer. Workaround: tags and a manual check each morning.',
      ],
      [
        '2026-08-30',
        REVIEW,
        'active',
        4,
        'Capterra: "Routes are brilliant, the lads are home by five. Wish it did recurring service visits and card payments on the job, we still need a spreadsheet and Xero for those."',
      ],
      [
        '2026-10-21',
        SALES,
        'active',
        '',
        'Renewal conversation with Gareth. Anything they switch must happen before the end of March (service plan renewals go out in April). Carol (office) goes part time next summer. Wants: recurring visits planned weeks ahead, skills matching, payment on the job into Xero. Mentioned ServiceM8.',
      ],
    ],
  },
  {
    id: 'TW-1041',
    segment: 'compliance',
    name: 'Parkside Pharmacy Group',
    value: 4100,
    trail: [
      [
        '2026-03-04',
        SALES,
        'trial',
        '',
        '7 community pharmacies, Leeds and Bradford. 4 drivers, ~180 home deliveries a day, many housebound and palliative patients.',
      ],
      [
        '2026-04-22',
        TICKET,
        'onboarding',
        4,
        'Help importing the PMR delivery export each morning. Dates came through as MM/DD; fixed with a saved mapping.',
      ],
      [
        '2026-08-19',
        TICKET,
        'active',
        2,
        'A paper delivery sheet with a day of controlled-drug signatures was lost (went through the wash). Asks whether POD photos and signatures can be linked to the prescription number.',
      ],
      [
        '2026-09-09',
        TICKET,
        'active',
        1,
        'Requested our data protection details for their NHS DSPT submission (hosting location, retention, access). Took 11 days to answer. Customer unhappy with the delay.',
      ],
      [
        '2026-10-28',
        SALES,
        'at risk',
        '',
        'GPhC inspection at the Leeds Road branch the week of 8 Dec. Ayesha needs CD signatures and a chain of custody before then (training by end of November), or she moves to a pharmacy-specific delivery app. "Compliance always wins."',
      ],
    ],
  },
  {
    id: 'TW-1058',
    segment: 'compliance',
    name: 'Al Bidda Pharmacy',
    value: 7300,
    trail: [
      [
        '2026-02-16',
        SALES,
        'trial',
        '',
        'Doha pharmacy group, 14 branches, 14 drivers on bikes and small cars, 4 delivery waves a day. Orders from their app, WhatsApp and partner clinics.',
      ],
      [
        '2026-06-02',
        TICKET,
        'active',
        3,
        "Drivers photograph patients' QID on their personal phones for controlled medicines. Asked for ID capture inside the driver app, stored with the order.",
      ],
      [
        '2026-09-24',
        TICKET,
        'active',
        2,
        "Controlled medicine handed to building security at the patient's request; patient later denied receiving it. MOPH inspector visited. Needs proof of delivery with QID, name and signature in one record.",
      ],
      [
        '2026-10-20',
        TICKET,
        'at risk',
        1,
        'Ministry asked in writing where patient data is hosted. Needs a supplier letter from us by 15 Dec; asks whether we can host in the GCC.',
      ],
      [
        '2026-11-04',
        SALES,
        'at risk',
        '',
        'Research visit (Omar). Inspector returns in Q1; they need proof of delivery in place before the end of January. Also: cold items first or to the fridge car, Arabic in the driver app, support in the Gulf evening.',
      ],
    ],
  },
  {
    id: 'TW-1066',
    segment: 'same-day',
    name: 'Ward wa Sukkar Delivery',
    value: 11400,
    trail: [
      [
        '2026-01-08',
        SALES,
        'trial',
        '',
        'تجربة لمدة أسبوعين. توصيل ورد وكيك في نفس اليوم في دبي والشارقة، ٢٢ سائق وست سيارات مبردة. خالد مهتم بإعادة التوزيع أثناء اليوم أكثر من التخطيط الصباحي.',
      ],
      [
        '2026-01-26',
        SALES,
        'onboarding',
        '',
        'Signed annual after trial. Needs Arabic customer addresses to display properly in the driver app.',
      ],
      [
        '2026-04-16',
        TICKET,
        'active',
        1,
        'يوم الأمطار: تعطلت سيارتان مبردتان وتأخر حوالي ٤٠ طلب، منها كيك أعراس. وفي نفس الوقت انقطاع في بوابة الدفع لمدة ساعتين ولم يصلهم أي تنبيه.',
      ],
      [
        '2026-07-03',
        REVIEW,
        'active',
        3,
        'Google Play: "التخطيط ممتاز لكن لما تتغير الطلبات في نص اليوم لازم نشتغل على الواتساب. أوقات الوصول للزبائن غلط بعد أي تغيير."',
      ],
      [
        '2026-11-11',
        SALES,
        'at risk',
        '',
        'مقابلة بحثية (عمر). يحتاجون إعادة توزيع مباشر وتحديث أوقات الوصول قبل عيد الأم في ٢١ مارس، وإلا سيقيّمون نظاماً محلياً. مريم تحتاج إضافة الطلبات العاجلة بسرعة قبل اليوم الوطني.',
      ],
    ],
  },
  {
    id: 'TW-1083',
    segment: 'scheduled',
    name: 'Nasma AC & Maintenance',
    value: 8800,
    trail: [
      [
        '2026-03-10',
        SALES,
        'trial',
        '',
        'صيانة تكييف في الرياض، ٣٥ فني و٣٢٠٠ عقد صيانة سنوي بزيارة كل ثلاثة أشهر. الجدولة حالياً في ملف إكسل.',
      ],
      [
        '2026-06-25',
        TICKET,
        'active',
        3,
        'تم إرسال فني سبليت إلى مدرسة فيها تكييف مركزي، ورجع بدون ما يكمل الزيارة. طلب إضافة مهارات وشهادات لكل فني.',
      ],
      [
        '2026-08-14',
        TICKET,
        'active',
        2,
        '90 emergency call-outs in one day plus a power cut across a district; all planned visits cancelled by hand. Asked for automatic rebooking of cancelled visits.',
      ],
      [
        '2026-11-18',
        SALES,
        'active',
        '',
        'لازم ربط الفوترة الإلكترونية (هيئة الزكاة والضريبة والجمارك) قبل نهاية مارس. مناقصة صيانة مجمع مدارس (٤٠ مبنى) يتسلم العرض بحلول ١٥ ديسمبر. يريدون جدولة الزيارات الدورية والدفع في الموقع بمدى.',
      ],
    ],
  },
  {
    id: 'TW-2003',
    segment: 'compliance',
    name: 'Swan Lane Pharmacy',
    value: 2400,
    trail: [
      [
        '2026-01-14',
        SALES,
        'trial',
        '',
        'Single pharmacy plus a small hub, Sheffield. 2 drivers, ~70 deliveries a day, a lot of methadone and palliative CDs.',
      ],
      [
        '2026-02-03',
        TICKET,
        'onboarding',
        3,
        "Can drivers print the day's delivery sheet with a signature column? They still need paper for controlled drugs.",
      ],
      [
        '2026-04-28',
        REVIEW,
        'active',
        2,
        'Trustpilot: "Great routes, useless for controlled drugs. No proper signature, no record of who received it."',
      ],
      ['2026-06-11', TICKET, 'at risk', 2, 'Asked how to evidence CD deliveries for a GPhC visit. We had nothing beyond POD photos.'],
      [
        '2026-07-30',
        CHURN,
        'churned',
        '',
        'Moved to a pharmacy delivery app. Quote: "I need a signature per item and who signed, daughter, carer, neighbour. The app you use has to stand up to an inspector." Would come back for CD proof of delivery.',
        'Compliance: no controlled-drug proof of delivery',
      ],
    ],
  },
  {
    id: 'TW-2007',
    segment: 'same-day',
    name: 'Kwik Drop Logistics',
    value: 12000,
    trail: [
      ['2026-01-19', SALES, 'onboarding', '', 'Same-day and next-day courier, Birmingham. 24 vans. Migrated from spreadsheets.'],
      [
        '2026-03-09',
        TICKET,
        'active',
        3,
        'Customer ETAs are wrong after a stop is moved; recipients ring the retailer. Asked for automatic ETA updates.',
      ],
      [
        '2026-05-21',
        TICKET,
        'active',
        2,
        "Two drivers off sick at 9am, 60 stops to re-plan. Re-optimising the whole day reshuffled every other driver's sequence. Requested: re-plan only the affected stops.",
      ],
      [
        '2026-07-02',
        SALES,
        'at risk',
        '',
        'Ops director says they are trialling Onfleet on 5 vans. Live re-routing and driver-to-driver handover are the reasons.',
      ],
      [
        '2026-08-14',
        REVIEW,
        'at risk',
        2,
        'G2: "Good for planned routes. Falls apart the moment your day changes, which for a courier is every day."',
      ],
      [
        '2026-09-30',
        CHURN,
        'churned',
        '',
        'Left for Onfleet. "By 11 o\'clock the plan is fiction. We needed something that re-plans while the day is happening and tells the customers." Price was not the issue.',
        'Missing feature: live re-routing',
      ],
    ],
  },
  {
    id: 'TW-2011',
    segment: 'scheduled',
    name: 'Brightwell Boilers',
    value: 3900,
    trail: [
      ['2026-01-06', SALES, 'trial', '', 'Boiler servicing, Bristol. 5 engineers, ~900 annual service customers.'],
      [
        '2026-01-27',
        TICKET,
        'onboarding',
        4,
        'Bulk import of service customers from a spreadsheet. Worked, but each visit has to be dated by hand.',
      ],
      [
        '2026-03-18',
        TICKET,
        'active',
        2,
        'Is there a way to make a job repeat every 12 months? Told no, only copy the job. Customer: "So I still need my spreadsheet."',
      ],
      [
        '2026-05-31',
        CHURN,
        'churned',
        '',
        'Switched to ServiceM8: recurring jobs, card payment on the job, invoices to Xero in one app. "Your routes were better, but I was running two systems."',
        'Switched to an all-in-one field service tool',
      ],
    ],
  },
  {
    id: 'TW-2015',
    segment: 'scheduled',
    name: 'مؤسسة الريم للنظافة',
    value: 5200,
    trail: [
      ['2026-02-22', SALES, 'trial', '', 'شركة نظافة ومكافحة حشرات في جدة، ١٨ فريق. عقود شهرية للمجمعات السكنية.'],
      ['2026-04-07', TICKET, 'active', 3, 'طلبوا جدولة زيارات شهرية متكررة لكل مجمع بدل الإدخال اليدوي كل أسبوع.'],
      [
        '2026-06-30',
        TICKET,
        'at risk',
        2,
        'Asked whether our invoices are ZATCA e-invoicing compliant. They are not; the customer needs phase 2 integration for their wave.',
      ],
      [
        '2026-08-31',
        CHURN,
        'churned',
        '',
        'انتقلوا إلى نظام محلي يدعم الفوترة الإلكترونية والزيارات المتكررة. "المسارات عندكم أفضل، لكن الفاتورة الإلكترونية إلزامية وما نقدر نستنى."',
        'E-invoicing not supported',
      ],
    ],
  },
  {
    id: 'TW-2019',
    segment: 'same-day',
    name: 'Sahara Fresh Catering',
    value: 6000,
    trail: [
      [
        '2026-03-15',
        SALES,
        'onboarding',
        '',
        'Corporate lunch and event catering, Dubai. 9 chilled vans. Lots of last-minute orders from offices.',
      ],
      [
        '2026-05-04',
        TICKET,
        'active',
        2,
        'Event delivery for 300 people went to the wrong tower gate; driver could not reach support (21:30 Dubai time). Asked for support in Gulf hours.',
      ],
      [
        '2026-06-20',
        TICKET,
        'at risk',
        1,
        'App went down during the evening wave (our outage, 40 min). No answer from support until the London morning. "We need someone awake when we work."',
      ],
      [
        '2026-10-15',
        CHURN,
        'churned',
        '',
        'العميل انتقل لشركة محلية. السبب الرئيسي الدعم الفني: "لما يصير انقطاع الساعة تسعة بالليل ما في أحد يرد." Also wanted urgent orders slotted into routes faster.',
        'Support hours / response time',
      ],
    ],
  },
  {
    id: 'TW-2022',
    segment: 'compliance',
    name: 'Northgate Lab Couriers',
    value: 5600,
    trail: [
      [
        '2026-01-30',
        SALES,
        'trial',
        '',
        'Pathology sample and pharmacy courier for GP surgeries, Newcastle. Chain of custody and temperature are everything.',
      ],
      [
        '2026-03-11',
        TICKET,
        'onboarding',
        3,
        'Need to record sample box temperature at collection and handover. Workaround: driver types it into the stop note.',
      ],
      [
        '2026-05-19',
        TICKET,
        'at risk',
        2,
        'NHS trust procurement asked for our DSPT status, hosting location and a data processing agreement. We sent a generic security page.',
      ],
      [
        '2026-06-30',
        CHURN,
        'churned',
        '',
        'Trust would not sign off without a DPA and UK hosting confirmation. "The routes were fine. The paperwork was the product for us."',
        'Data protection / hosting documentation',
      ],
    ],
  },
  {
    id: 'TW-2026',
    segment: 'same-day',
    name: 'Pronto Parcels',
    value: 1800,
    trail: [
      ['2026-04-02', SALES, 'trial', '', 'Two-van same-day courier, Croydon. Owner drives one of the vans.'],
      [
        '2026-04-09',
        TICKET,
        'trial',
        3,
        'Could not work out zones and shift settings; asked for a call. Call booked for the following week.',
      ],
      [
        '2026-04-17',
        CHURN,
        'churned',
        '',
        'Trial not converted. "I haven\'t got a week to set up rules and zones. I\'ve got the morning, then the day happens." Went back to Circuit.',
        'Onboarding took too long',
      ],
    ],
  },
  {
    id: 'TW-1006',
    segment: 'compliance',
    name: 'Moorside Pharmacy',
    value: 3300,
    trail: [
      ['2026-02-18', SALES, 'onboarding', '', 'Three pharmacies, Huddersfield. Delivery service for care homes and housebound patients.'],
      ['2026-07-08', TICKET, 'active', 2, 'Care home staff sign for several patients at once; no way to record who signed for which bag.'],
      [
        '2026-11-02',
        TICKET,
        'at risk',
        1,
        'Answered the customer survey with NPS 1. Follow-up call: CD signatures and audit trail still missing, their inspection is in January.',
      ],
      [
        '2026-11-20',
        CHURN,
        'churned',
        '',
        'Gave notice. Moving before their January inspection.\nQuote: "I can\'t show an inspector a photo of a doorstep."',
        'Compliance: no controlled-drug proof of delivery',
      ],
    ],
  },
  {
    id: 'TW-1015',
    segment: 'same-day',
    name: 'Petal Post',
    value: 2100,
    trail: [
      [
        '2026-02-16',
        TICKET,
        'active',
        2,
        "Valentine's Day: 3x volume, ETAs sent to recipients were up to 2 hours out after re-shuffling. Several complaints on Instagram.",
      ],
      [
        '2026-03-16',
        TICKET,
        'active',
        2,
        'After Mothering Sunday (15 Mar): asks for a way to add last-minute orders without re-planning everything. Two drivers ran out of van space by noon.',
      ],
      [
        '2026-11-05',
        SALES,
        'at risk',
        '',
        'NPS 1 in the survey. Owner says Christmas is make or break; needs live re-routing and honest ETAs by the first week of December.',
      ],
    ],
  },
  {
    id: 'TW-1046',
    segment: 'same-day',
    name: 'Riverside Chemists',
    value: 2900,
    trail: [
      [
        '2026-05-27',
        SALES,
        'active',
        '',
        'Pharmacy, but runs a 2-hour same-day prescription delivery for a local GP federation. Cares about live ETAs and urgent add-ons more than CD paperwork (few CDs).',
      ],
      [
        '2026-09-18',
        TICKET,
        'active',
        3,
        'Urgent antibiotic prescription had to go out in 45 minutes; no quick way to see which driver could take it. Feature request logged.',
      ],
    ],
  },
  {
    id: 'TW-1023',
    segment: 'scheduled',
    name: 'Fenwick Heating & Cooling',
    value: 1500,
    trail: [
      [
        '2026-06-05',
        REVIEW,
        'active',
        5,
        'Capterra: "Saves me an hour every morning. Would be perfect with recurring maintenance visits."',
      ],
      [
        '2026-10-30',
        SALES,
        'active',
        '',
        'Upsell call: interested in the recurring visits beta and taking card payments on the job. Happy customer.',
      ],
    ],
  },
  {
    id: 'TW-1037',
    segment: 'scheduled',
    name: 'برودة الخليج للتكييف',
    value: 2700,
    trail: [
      [
        '2026-07-22',
        REVIEW,
        'active',
        5,
        'App Store: "تطبيق ممتاز، المسارات وفرت علينا وقت وبنزين. نتمنى إضافة الزيارات الدورية والدفع بمدى."',
      ],
      [
        '2026-11-09',
        TICKET,
        'active',
        4,
        'سؤال عن ربط الفواتير مع نظام المحاسبة، وهل التطبيق متوافق مع الفوترة الإلكترونية. تم التحويل لفريق المنتج.',
      ],
    ],
  },
  {
    id: 'TW-1087',
    segment: 'same-day',
    name: 'Najd Dash',
    value: 3500,
    trail: [
      [
        '2026-08-03',
        TICKET,
        'active',
        2,
        'Drivers on motorbikes miss route-change notifications; dispatcher has to call each one. Asked for a loud, full-screen alert.',
      ],
      [
        '2026-10-12',
        TICKET,
        'at risk',
        1,
        'Wrong ETAs sent to 25 customers after a closure on King Fahd Road in Riyadh. Customer: "I need to see the new times before they go out."',
      ],
      [
        '2026-11-16',
        SALES,
        'at risk',
        '',
        'Renewal in January. Needs live re-routing and correct customer ETAs before the end of the quarter, otherwise will not renew.',
      ],
    ],
  },
  {
    id: 'TW-2030',
    segment: 'compliance',
    name: 'Qurtuba Medical Supplies',
    value: 4800,
    trail: [
      [
        '2026-10-05',
        SALES,
        'trial',
        '',
        'توزيع مستلزمات طبية وأدوية مبردة للعيادات في الكويت. يحتاجون تسجيل درجة الحرارة عند الاستلام والتسليم، وتوقيع المستلم.',
      ],
      [
        '2026-10-19',
        TICKET,
        'trial',
        3,
        "Asked whether the proof-of-delivery record can include temperature and the recipient's civil ID. Not yet; trial extended two weeks.",
      ],
      [
        '2026-11-17',
        SALES,
        'onboarding',
        '',
        'وقّعوا عقد لمدة ستة أشهر بشرط إضافة سجل كامل للتسليم (الحرارة، التوقيع، الهوية) قبل نهاية الربع الأول.',
      ],
    ],
  },
]

const header = ['Account ID', 'Account name', 'Date', 'Channel', 'Lifecycle stage', 'Deal value (GBP)', 'Lost reason', 'Rating', 'Notes']
const rows = ACCOUNTS.flatMap((a) =>
  a.trail.map(([date, channel, stage, rating, notes, lost]) => [
    a.id,
    a.name,
    date,
    channel,
    stage,
    String(a.value),
    lost ?? '',
    String(rating),
    notes,
  ]),
)
// The CRM exports touchpoints by date; ties keep the account order above.
rows.sort((x, y) => (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0))

function csvField(s) {
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}
const csv = [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n'
writeFileSync(join(root, 'resources', 'sample', 'feedback.csv'), csv)
writeFileSync(
  join(root, 'scripts', 'sample', 'planted-feedback-segments.json'),
  JSON.stringify(Object.fromEntries(ACCOUNTS.map((a) => [a.id, { name: a.name, segment: a.segment }])), null, 2) + '\n',
)
console.log(`feedback.csv: ${rows.length} rows, ${ACCOUNTS.length} accounts`)
