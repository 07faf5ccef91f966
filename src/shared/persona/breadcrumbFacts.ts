/**
 * How a breadcrumb put on a card reads there, in the card's language: the analysis's own sentence
 * (shared/analysis/breadcrumbSentence.ts, the one the CLI prints), worded afresh from the stored
 * figures, so a card switched to Arabic says it in Arabic. Shared by the card on screen, the printed
 * card and deck, and the Markdown export.
 */
import { breadcrumbSentence } from '../analysis/breadcrumbSentence'
import type { BreadcrumbFact, PersonaLanguage } from './content'
import { cardLabels } from './labels'

export function breadcrumbFactSentence(fact: BreadcrumbFact, language: PersonaLanguage): string {
  return breadcrumbSentence(fact, fact, language)
}

/** "200 of 500 who left · 20 of 400 who stayed · 95% interval 6.1–10.4": what the appendix says backs it. */
export function breadcrumbFactCounts(fact: BreadcrumbFact, language: PersonaLanguage): string {
  const ci = fact.low !== null && fact.high !== null ? `${fact.low.toFixed(1)}–${fact.high.toFixed(1)}` : null
  return cardLabels(language).breadcrumbCounts(fact.churnedCount, fact.churned, fact.retainedCount, fact.retained, ci)
}
