import type { TFunction } from 'i18next'
import type { SuggestionRule } from '../../../../shared/contract/autocode'

/**
 * What a rule is called in the review queue: a keyword or phrase reads as its words, a starter
 * pattern by its name, the researcher's own pattern as theirs for that code. A regular expression
 * is never the name: it is shown only when asked for.
 */
export function ruleName(t: TFunction, rule: SuggestionRule, code: string): string {
  if (rule.kind === 'keyword') return t('autocodeReview.ruleKeyword', { pattern: rule.pattern })
  if (rule.kind === 'phrase') return t('autocodeReview.rulePhrase', { pattern: rule.pattern })
  if (rule.starterName) return t(`autocodeReview.starterPatterns.${rule.starterName}`)
  return t('autocodeReview.ruleOwnPattern', { code })
}
