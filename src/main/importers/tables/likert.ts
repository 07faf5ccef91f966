/**
 * Ordered answer scales that survey tools export as text, in English, Spanish and Arabic.
 * A column whose answers all belong to one of these is a Likert column; its labels become
 * ordered numbers (editable in the mapping step). "Not applicable" answers map to null.
 */
import type { LikertLevel } from '../../../shared/import/mapping'
import { labelKey } from './values'

interface Scale {
  name: string
  /** Each step: all spellings that mean it. */
  steps: string[][]
  /** Answers that are not on the scale (stored blank). */
  notApplicable?: string[]
}

const NA = ['Not applicable', 'N/A', "Don't know", 'No opinion', 'No sé', 'No aplica', 'لا أعرف', 'لا ينطبق', 'Unfamiliar (N/A)']

export const KNOWN_SCALES: Scale[] = [
  {
    name: 'agreement',
    steps: [
      ['Strongly disagree', 'Totalmente en desacuerdo', 'Muy en desacuerdo', 'أعارض بشدة', 'غير موافق بشدة', 'لا أوافق بشدة'],
      ['Disagree', 'Somewhat disagree', 'En desacuerdo', 'أعارض', 'غير موافق', 'لا أوافق'],
      ['Neither agree nor disagree', 'Neutral', 'Ni de acuerdo ni en desacuerdo', 'محايد'],
      ['Agree', 'Somewhat agree', 'De acuerdo', 'أوافق', 'موافق'],
      ['Strongly agree', 'Totalmente de acuerdo', 'Muy de acuerdo', 'أوافق بشدة', 'موافق بشدة'],
    ],
  },
  {
    name: 'importance',
    steps: [
      ['Not at all important', 'Not important', 'Nada importante', 'غير مهم على الإطلاق', 'غير مهم إطلاقا', 'غير مهم'],
      ['Slightly important', 'A little important', 'Low importance', 'Poco importante', 'مهم قليلا', 'قليل الأهمية'],
      [
        'Moderately important',
        'Somewhat important',
        'Neutral',
        'Algo importante',
        'Moderadamente importante',
        'مهم إلى حد ما',
        'متوسط الأهمية',
      ],
      ['Very important', 'Important', 'Muy importante', 'Importante', 'مهم جدا', 'مهم'],
      ['Extremely important', 'Extremadamente importante', 'Sumamente importante', 'مهم للغاية', 'مهم جدا جدا', 'بالغ الأهمية'],
    ],
  },
  {
    name: 'satisfaction',
    steps: [
      [
        'Very dissatisfied',
        'Extremely dissatisfied',
        'Muy insatisfecho',
        'Nada satisfecho',
        'غير راض على الإطلاق',
        'غير راض جدا',
        'غير راض إطلاقا',
      ],
      ['Dissatisfied', 'Somewhat dissatisfied', 'Insatisfecho', 'Poco satisfecho', 'غير راض'],
      ['Neither satisfied nor dissatisfied', 'Neutral', 'Ni satisfecho ni insatisfecho', 'محايد'],
      ['Satisfied', 'Somewhat satisfied', 'Satisfecho', 'راض', 'راضي'],
      ['Very satisfied', 'Extremely satisfied', 'Muy satisfecho', 'راض جدا', 'راضي جدا', 'راض تماما'],
    ],
  },
  {
    name: 'favourability',
    steps: [
      ['Very unfavorably', 'Very unfavourably', 'Very unfavorable'],
      ['Somewhat unfavorably', 'Somewhat unfavourably', 'Somewhat unfavorable'],
      ['Neither favorably nor unfavorably (neutral)', 'Neither favorably nor unfavorably', 'Neutral'],
      ['Somewhat favorably', 'Somewhat favourably', 'Somewhat favorable'],
      ['Very favorably', 'Very favourably', 'Very favorable'],
    ],
  },
  {
    name: 'ease',
    steps: [
      ['Very difficult'],
      ['Somewhat difficult', 'Difficult'],
      ['Neither easy nor difficult', 'Neutral'],
      ['Somewhat easy', 'Easy'],
      ['Very easy'],
    ],
  },
  {
    name: 'frequency',
    steps: [
      ['Never', 'Nunca', 'أبدا'],
      ['Rarely', 'Casi nunca', 'نادرا'],
      ['Sometimes', 'A veces', 'أحيانا'],
      ['Often', 'Frecuentemente', 'غالبا'],
      ['Always', 'Siempre', 'دائما'],
    ],
  },
  {
    name: 'amount',
    steps: [['Not at all'], ['Not much', 'Not very much'], ['Some', 'Somewhat'], ['A lot', 'A great deal']],
  },
  {
    name: 'likelihood',
    steps: [
      ['Very unlikely'],
      ['Unlikely', 'Somewhat unlikely'],
      ['Neither likely nor unlikely', 'Neutral'],
      ['Likely', 'Somewhat likely'],
      ['Very likely'],
    ],
  },
]

const scaleIndex = KNOWN_SCALES.map((s) => {
  const map = new Map<string, number | null>()
  s.steps.forEach((spellings, i) => spellings.forEach((l) => map.set(labelKey(l), i + 1)))
  for (const l of [...NA, ...(s.notApplicable ?? [])]) if (!map.has(labelKey(l))) map.set(labelKey(l), null)
  return { scale: s, map }
})

/**
 * The known scale every answer belongs to, as editable levels listing the labels as the
 * file spells them (so the mapping matches the file), or null.
 */
export function matchLikert(distinctAnswers: string[]): LikertLevel[] | null {
  if (distinctAnswers.length < 2) return null
  for (const { scale, map } of scaleIndex) {
    const levels: LikertLevel[] = []
    let onScale = 0
    let ok = true
    for (const a of distinctAnswers) {
      const v = map.get(labelKey(a))
      if (v === undefined) {
        ok = false
        break
      }
      if (v !== null) onScale++
      levels.push({ label: a, value: v })
    }
    if (ok && onScale >= 2) {
      // Steps nobody chose still belong to the scale: listing them keeps "4 of 5" from
      // reading as the top when the fifth label never occurs in the file.
      const present = new Set(levels.map((l) => l.value))
      scale.steps.forEach((spellings, i) => {
        if (!present.has(i + 1)) levels.push({ label: spellings[0], value: i + 1 })
      })
      return levels.sort((x, y) => (x.value ?? 99) - (y.value ?? 99))
    }
  }
  return null
}
