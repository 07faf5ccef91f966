/**
 * Starter lexicons: what participants say when they mention a deadline, an emergency or a
 * need, in English and Arabic. Keywords and phrases are matched on normalised, stemmed words
 * (so "deadlines" and "الموعد النهائي" with or without harakat match); regular expressions run
 * on folded, lower-case text. A researcher edits or removes them like their own rules.
 */
import type { CodeKind } from '../../../shared/domain'
import type { RuleKind, StarterPatternName } from '../../../shared/contract/autocode'

export interface StarterSet {
  kind: CodeKind
  codeName: string
  /** A pattern carries the name the app shows for it (autocode.ruleName.starter.* in the UI's languages). */
  rules: { kind: RuleKind; pattern: string; name?: StarterPatternName }[]
}

const DAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|eod|eow|eom'
const MONTH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?'
const PERIOD = `end of (?:the )?(?:day|week|month|quarter|year|${MONTH})|q[1-4]|(?:next|this) (?:week|month|quarter|year)`

export const STARTER: StarterSet[] = [
  {
    kind: 'deadline',
    codeName: 'Deadline',
    rules: [
      {
        kind: 'regex',
        name: 'deadlineDate',
        pattern: `\\b(?:by|before|until|till|no later than|due(?: on| by)?)\\s+(?:(?:next|this|the)\\s+)?(?:${DAY}|${PERIOD}|(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTH})\\b(?:\\s+\\d{1,2})?)\\b`,
      },
      { kind: 'keyword', pattern: 'deadline' },
      { kind: 'phrase', pattern: 'due date' },
      { kind: 'phrase', pattern: 'cut-off date' },
      // As a pattern: the word-level normaliser reads بحلول as ب + حلول, which would also match الحلول (the solutions).
      { kind: 'regex', name: 'arabicBy', pattern: '(?<![\\p{L}\\p{N}])بحلول(?![\\p{L}\\p{N}])' },
      { kind: 'phrase', pattern: 'قبل نهاية' },
      { kind: 'phrase', pattern: 'الموعد النهائي' },
      { kind: 'phrase', pattern: 'آخر موعد' },
      { kind: 'phrase', pattern: 'في موعد أقصاه' },
    ],
  },
  {
    kind: 'emergency',
    codeName: 'Emergency',
    rules: [
      { kind: 'keyword', pattern: 'urgent' },
      { kind: 'keyword', pattern: 'outage' },
      { kind: 'keyword', pattern: 'ASAP' },
      { kind: 'keyword', pattern: 'emergency' },
      { kind: 'phrase', pattern: 'as soon as possible' },
      { kind: 'phrase', pattern: 'went down' },
      { kind: 'keyword', pattern: 'عاجل' },
      { kind: 'keyword', pattern: 'عاجلة' },
      { kind: 'keyword', pattern: 'طارئ' },
      { kind: 'keyword', pattern: 'طارئة' },
      { kind: 'keyword', pattern: 'طوارئ' },
      { kind: 'keyword', pattern: 'انقطاع' },
    ],
  },
  {
    kind: 'need',
    codeName: 'Need',
    rules: [
      { kind: 'phrase', pattern: 'I need' },
      { kind: 'phrase', pattern: 'we need' },
      { kind: 'phrase', pattern: 'we have to' },
      { kind: 'phrase', pattern: 'I have to' },
      { kind: 'phrase', pattern: 'we must' },
      { kind: 'keyword', pattern: 'نحتاج' },
      { kind: 'keyword', pattern: 'أحتاج' },
      { kind: 'keyword', pattern: 'أريد' },
      { kind: 'keyword', pattern: 'نريد' },
      { kind: 'phrase', pattern: 'بحاجة إلى' },
    ],
  },
]
