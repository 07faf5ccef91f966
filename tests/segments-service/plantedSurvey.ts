/**
 * A generated survey export with planted segments (fixed seed): agreement statements in words
 * (English or Arabic), a 0-10 recommend score, a multi-select question with "; " between options, a
 * single choice whose answers contain commas, plus what a real export also carries and must be left
 * out: a respondent id, a timestamp, free text and a robot check. Each answer follows its group's
 * profile with probability `fidelity`, else it is random.
 */
import { mulberry32 } from '../../src/main/services/segments/math/random'

export const AGREE = {
  en: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
  ar: ['لا أوافق بشدة', 'لا أوافق', 'محايد', 'موافق', 'موافق بشدة'],
}
const STATEMENTS = {
  en: ['Cost matters more than features', 'I plan routes every day', 'Our drivers need live alerts', 'Reports take too long'],
  ar: ['التكلفة أهم من الميزات', 'أخطط المسارات كل يوم', 'يحتاج سائقونا إلى تنبيهات فورية', 'التقارير تستغرق وقتا طويلا'],
}
export const FEATURES = ['Reports', 'Exports', 'Maps', 'Alerts', 'Billing', 'Invoices']
export const SIZES = ['Small team, under 10', 'Mid-size, 10 to 200', 'Enterprise, over 200']

/** Per group: agreement level (1-5) per statement, recommend score centre, features, size. */
const GROUPS = [
  { agree: [5, 2, 1, 4], nps: 9, features: [0, 1], size: 0 },
  { agree: [2, 5, 4, 2], nps: 6, features: [2, 3], size: 1 },
  { agree: [1, 1, 2, 5], nps: 2, features: [4, 5], size: 2 },
]

/**
 * Planted open answers (openAnswers: true): each group writes about its own theme, many members in
 * the very same words (near-duplicates a card must not repeat); anyone may write a generic remark
 * that says nothing about a segment, or too little to quote.
 */
export const OPEN_ANSWERS = [
  [
    'Honestly the monthly price is what decides it for us, finance questions every cent of the subscription.',
    'We dropped two tools last year because the subscription cost kept creeping up without warning.',
    'If the monthly fee went down I would happily give up half of the fancy features.',
    'Our budget is tight, so a cheap plan that just works beats a clever expensive one every time.',
  ],
  [
    'Our drivers need a live alert the moment a route changes, otherwise they sit in traffic for an hour.',
    'I plan every route by hand at six in the morning and the map still sends vans down closed roads.',
    'When a delivery slot moves the driver should hear about it instantly on the phone, not at the depot.',
    'Route planning eats my whole morning; live traffic alerts would give me that time back.',
  ],
  [
    'The weekly report takes our analyst a whole afternoon to build by hand from three exports.',
    'Reports are far too slow to load, the board pack is always late because of them.',
    'I export everything to a spreadsheet because the built-in reports cannot be filtered by region.',
    'We need scheduled reports in our inbox on Monday morning instead of waiting for the dashboard.',
  ],
]
/** People's answers differ in their asides (so an importer reads them as free text), not in what they say. */
const ASIDES = ['That is all from our team.', 'Same story every week here.', 'My colleagues agree.', 'Ticket number', 'Week', 'Site']
/** Long remarks every group makes alike: typical of any segment, distinctive of none. */
const GENERIC_LONG = [
  'Overall the product is good and the support team answers quickly when we write to them.',
  'Overall we are happy with the product, the support team is friendly and quick to answer.',
]
const GENERIC_ANSWERS = ['Thanks, keep up the good work overall.', 'Nothing else to add at this point, thank you.', 'no', 'n/a']
const TITLES = ['Finance manager', 'Dispatcher', 'Data analyst']
const INDUSTRIES = ['Retail', 'Logistics', 'Healthcare']
/** How a consumer poll asks who someone is, and the role it gives those who say yes. */
export const SELF_DESCRIBED = {
  en: { question: 'Do you consider yourself to be a fan of live sport?', answers: ['Yes', 'No'], role: 'Fan of live sport' },
  ar: { question: 'هل تعتبر نفسك من محبي الرياضة المباشرة؟', answers: ['نعم', 'لا'], role: 'من محبي الرياضة المباشرة' },
}

export interface PlantedSurvey {
  csv: string
  /** Respondent id → planted group (0..2). */
  truth: Map<string, number>
  statements: string[]
}

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)

export function plantedSurvey(
  options: {
    perGroup?: number
    fidelity?: number
    seed?: number
    language?: 'en' | 'ar'
    openAnswers?: boolean
    roles?: boolean
    /** A "Do you consider yourself…?" question that most of group 0 answer yes to, and few of the others. */
    selfDescribed?: boolean
  } = {},
): PlantedSurvey {
  const { perGroup = 60, fidelity = 0.75, seed = 7, language = 'en', openAnswers = false, roles = false, selfDescribed = false } = options
  const random = mulberry32(seed)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]
  const follows = () => random() < fidelity
  const statements = STATEMENTS[language]
  const headers = [
    'Respondent ID',
    'Timestamp',
    ...statements,
    'How likely are you to recommend us to a colleague? (0-10)',
    'Which features do you use? (select all that apply)',
    'How big is your company?',
    'Anything else you would like to tell us?',
    'To show you are not a robot, type the number four',
    ...(roles ? ['What is your job title?', 'Which industry are you in?'] : []),
    ...(selfDescribed ? [SELF_DESCRIBED[language].question] : []),
  ]
  const rows: string[][] = []
  const truth = new Map<string, number>()
  const people = GROUPS.flatMap((_, g) => Array.from({ length: perGroup }, () => g))
  // Shuffled, so file order says nothing about the groups.
  for (let i = people.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[people[i], people[j]] = [people[j], people[i]]
  }
  people.forEach((g, i) => {
    const group = GROUPS[g]
    const id = `R${String(1000 + i)}`
    truth.set(id, g)
    const agree = group.agree.map((level) => AGREE[language][(follows() ? level : 1 + Math.floor(random() * 5)) - 1])
    const nps = follows() ? Math.max(0, Math.min(10, group.nps + Math.floor(random() * 3) - 1)) : Math.floor(random() * 11)
    const features = new Set(follows() ? group.features : [pick([0, 1, 2, 3, 4, 5])])
    if (random() < 0.3) features.add(pick([0, 1, 2, 3, 4, 5]))
    const size = follows() ? group.size : pick([0, 1, 2])
    rows.push([
      id,
      `2026-03-${String(1 + (i % 28)).padStart(2, '0')} ${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
      ...agree,
      String(nps),
      [...features].map((f) => FEATURES[f]).join('; '),
      SIZES[size],
      openAnswers
        ? random() < 0.6
          ? `${pick(OPEN_ANSWERS[g])} ${pick(ASIDES)} ${Math.floor(random() * 90) + 10}`
          : random() < 0.6
            ? `${pick(GENERIC_LONG)} ${pick(ASIDES)} ${Math.floor(random() * 90) + 10}`
            : pick(GENERIC_ANSWERS)
        : `Note ${i}: ${pick(['we like it', 'too slow on Mondays', 'support was kind', 'needs a dark mode'])} (${Math.floor(random() * 1e6)})`,
      pick(['4', 'four', 'Four', '4 ', 'FOUR', 'fuor']),
      ...(roles ? [follows() ? TITLES[g] : pick(TITLES), follows() ? INDUSTRIES[g] : pick(INDUSTRIES)] : []),
      ...(selfDescribed ? [SELF_DESCRIBED[language].answers[(g === 0 ? random() < 0.85 : random() < 0.15) ? 0 : 1]] : []),
    ])
  })
  const csv = [headers, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n'
  return { csv, truth, statements }
}
