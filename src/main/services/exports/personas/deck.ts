/** The deck's cover and its evidence appendix (every quote on the cards, with where it was said). */
import type { PersonaEvidenceQuote } from '../../../../shared/contract/personas'
import type { Persona, PersonaLanguage } from '../../../../shared/persona/content'
import { cardLabels, dayMonthYear, percent } from '../../../../shared/persona/labels'
import { breadcrumbFactCounts, breadcrumbFactSentence } from '../../../../shared/persona/breadcrumbFacts'
import { escapeHtml } from '../../../../shared/persona/richText'
import { avatarMarkup, type CardInput } from './card'

export function coverSheet(cards: CardInput[], projectName: string, language: PersonaLanguage, today: string): string {
  const l = cardLabels(language)
  const dir = language === 'ar' ? 'rtl' : 'ltr'
  const rows = cards
    .map(
      (c) =>
        `<li style="--persona:${c.persona.content.avatar.colour}"><div class="avatar">${avatarMarkup(c)}</div><span class="pname"><bdi dir="${c.persona.direction}">${escapeHtml(c.persona.name)}</bdi></span>` +
        `<span class="pshare"><bdi>${percent(c.persona.content.facts.share, language)}</bdi> · <bdi>${escapeHtml(l.sampleSize(c.persona.content.facts.n))}</bdi></span></li>`,
    )
    .join('')
  return `<section class="sheet cover" dir="${dir}" lang="${language}">
<div><h1 class="title">${escapeHtml(l.deck)}</h1><p class="project"><bdi>${escapeHtml(projectName)}</bdi></p></div>
<ol>${rows}</ol>
<div class="meta"><span>${escapeHtml(l.personas(cards.length))} · ${escapeHtml(dayMonthYear(today, language))}</span><span>${escapeHtml(l.preparedWith)}</span></div>
</section>`
}

function quoteMeta(q: PersonaEvidenceQuote, language: PersonaLanguage): string {
  const parts = [q.participant, q.documentTitle, q.source, q.occurredAt ? dayMonthYear(q.occurredAt, language) : null].filter(
    (p): p is string => !!p,
  )
  return parts.map(escapeHtml).join(' · ')
}

export function appendixPages(items: { persona: Persona; quotes: PersonaEvidenceQuote[] }[], language: PersonaLanguage): string {
  const l = cardLabels(language)
  const dir = language === 'ar' ? 'rtl' : 'ltr'
  const groups = items
    .map(({ persona, quotes }) => {
      // Uncoded quotes on the card are evidence too: listed after the coded ones, marked, with their question.
      const uncoded = persona.content.uncoded.map(
        (q) =>
          `<div class="q" data-quote-ref="${q.ref}"><p>“${escapeHtml(q.text.trim())}”</p><div class="src" dir="auto">${[
            q.participant,
            q.question,
          ]
            .filter((p): p is string => !!p)
            .map(escapeHtml)
            .join(' · ')} <span class="uncoded">${escapeHtml(l.uncoded)}</span></div></div>`,
      )
      // Breadcrumbs on the card: facts with their counts, marked, after the members' words.
      const facts = persona.content.breadcrumbs.map(
        (f) =>
          `<div class="q fact" data-breadcrumb="${escapeHtml(f.label)}"><p>${escapeHtml(breadcrumbFactSentence(f, language))}</p><div class="src">${escapeHtml(breadcrumbFactCounts(f, language))} <span class="uncoded">${escapeHtml(l.breadcrumbFact)}</span></div></div>`,
      )
      const list =
        quotes.length || uncoded.length || facts.length
          ? quotes
              .map(
                (q) =>
                  `<div class="q" data-highlight-id="${q.highlightId}"><p>“${escapeHtml(q.text.trim())}”</p><div class="src" dir="auto">${quoteMeta(q, language)} · #${q.highlightId}</div></div>`,
              )
              .concat(uncoded, facts)
              .join('')
          : `<p class="lead">${escapeHtml(l.noEvidence)}</p>`
      return `<h2 style="--persona:${persona.content.avatar.colour}"><bdi dir="${persona.direction}">${escapeHtml(persona.name)}</bdi></h2>${list}`
    })
    .join('')
  return `<section class="appendix" dir="${dir}" lang="${language}"><h1>${escapeHtml(l.appendix)}</h1><p class="lead">${escapeHtml(l.appendixLead)}</p>${groups}</section>`
}
