/**
 * A first draft of a persona from its segment's facts: every section written as Tiptap HTML the
 * researcher can reword, and every claim carrying the highlights behind it.
 */
import { defaultAvatar } from '../../../shared/persona/avatar'
import type { PersonaContent, PersonaLanguage, PersonaSection, SectionKind, UncodedQuote } from '../../../shared/persona/content'
import { cardLabels, dayMonthYear, percent } from '../../../shared/persona/labels'
import { needTagline } from '../../../shared/persona/name'
import { escapeHtml } from '../../../shared/persona/richText'
import type { CodeTally, SegmentFacts } from './segmentFacts'

export interface Draft {
  name: string
  content: PersonaContent
}

/** What drafting found beyond the segment's facts: who the persona is and the members' uncoded words. */
export interface DraftPeople {
  /** The person's name (personNames.ts), chosen so that no two personas of the project share it. */
  name: string
  role: string | null
  /** Uncoded quotes, after the coded ones on the card. */
  uncoded: UncodedQuote[]
}

/** An uncoded quote as the card shows it: the member's words, who said them, and a visible "uncoded" mark. */
export function uncodedQuoteHtml(q: UncodedQuote, language: PersonaLanguage): string {
  return `<blockquote data-quote-ref="${q.ref}"><p>${escapeHtml(q.text)}</p><p><cite>${escapeHtml(q.participant)}</cite> <span class="uncoded">${escapeHtml(cardLabels(language).uncoded)}</span></p></blockquote>`
}

const ORDER: SectionKind[] = ['quotes', 'needs', 'goals', 'pains', 'urgency', 'behaviours', 'differences', 'demographics']
const fmt = (n: number) => (Math.round(n * 10) / 10).toFixed(1)

function section(kind: SectionKind, language: PersonaLanguage, html: string, evidence: number[]): PersonaSection {
  return {
    id: kind,
    kind,
    title: cardLabels(language).sections[kind],
    html,
    hidden: false,
    order: ORDER.indexOf(kind),
    evidence: [...new Set(evidence)],
  }
}

function tallyList(items: CodeTally[], language: PersonaLanguage, members: number): { html: string; evidence: number[] } {
  const top = items.slice(0, 5)
  if (!top.length) return { html: '', evidence: [] }
  const html = `<ul>${top
    .map((t) => `<li><p>${escapeHtml(t.name)} <code>${percent(members ? t.participants / members : 0, language)}</code></p></li>`)
    .join('')}</ul>`
  return { html, evidence: top.flatMap((t) => t.highlights.slice(0, 3)) }
}

export function draftPersona(facts: SegmentFacts, language: PersonaLanguage, people: DraftPeople, now = new Date()): Draft {
  const l = cardLabels(language)
  const n = facts.members.length
  const share = facts.everyone ? n / facts.everyone : 0
  const tagline = needTagline(
    facts.needs.map((x) => x.name),
    language,
    facts.segment.name,
  )
  const name = people.name

  // Coded highlights first (a researcher chose them), then the members' uncoded words.
  const quotes = [
    ...facts.quotes.map(
      (q) =>
        `<blockquote data-highlight-id="${q.highlightId}"><p>${escapeHtml(q.text)}</p><p><cite>${escapeHtml(q.participant)}</cite></p></blockquote>`,
    ),
    ...people.uncoded.map((q) => uncodedQuoteHtml(q, language)),
  ]
  // Arabic names the measure before its value, as it does for importance and satisfaction.
  const opportunity = (v: number) =>
    language === 'ar' ? `${l.opportunity} <code>${fmt(v)}</code>` : `<code>${fmt(v)}</code> ${l.opportunity}`
  const needs = facts.needs.slice(0, 6).map((x) => {
    const score =
      x.opportunity != null
        ? `${opportunity(x.opportunity)} · ${l.importance} ${fmt(x.importance ?? 0)} · ${l.satisfaction} ${fmt(x.satisfaction ?? 0)}`
        : `${l.mentions(x.mentions)}${x.lift != null && x.lift > 1 ? ` · ${l.liftVs(fmt(x.lift))}` : ''}`
    return `<li><p><strong>${escapeHtml(x.name)}</strong> ${score}</p></li>`
  })
  const needEvidence = facts.quotes
    .filter((q) => q.codes.some((c) => facts.needs.slice(0, 6).some((x) => x.name === c)))
    .map((q) => q.highlightId)

  const urgency: string[] = []
  if (facts.deadlines.count) {
    const nearest = facts.deadlines.nearest.map((d) => dayMonthYear(d, language)).join(language === 'ar' ? '، ' : ', ')
    urgency.push(
      `<li><p><strong>${l.deadlines(facts.deadlines.count, facts.deadlines.participants)}</strong>${nearest ? ` · ${l.nearest}: ${nearest}` : ''}</p></li>`,
    )
  }
  if (facts.emergencies.count) {
    const sev = facts.emergencies.maxSeverity != null ? ` · ${l.severity(facts.emergencies.maxSeverity)}` : ''
    urgency.push(`<li><p><strong>${l.emergencies(facts.emergencies.count, facts.emergencies.participants)}</strong>${sev}</p></li>`)
  }

  const differences = facts.differences.map(
    (d) =>
      `<li><p>${escapeHtml(d.name)}: <strong>${escapeHtml(d.value)}</strong> <code>${percent(d.segmentShare, language)}</code> ${l.vsEveryone(percent(d.overallShare, language))}</p></li>`,
  )
  const demographics = facts.demographics.map(
    (d) =>
      `<li><p>${escapeHtml(d.name)}: <strong>${escapeHtml(d.value)}</strong>${d.share != null ? ` <code>${percent(d.share, language)}</code>` : ''}</p></li>`,
  )
  const goals = tallyList(facts.goals, language, n)
  const pains = tallyList(facts.pains, language, n)
  const behaviours = tallyList(facts.behaviours, language, n)

  const list = (items: string[], ordered = false) =>
    items.length ? `<${ordered ? 'ol' : 'ul'}>${items.join('')}</${ordered ? 'ol' : 'ul'}>` : ''
  const sections = [
    section(
      'quotes',
      language,
      quotes.join(''),
      facts.quotes.map((q) => q.highlightId),
    ),
    section('needs', language, list(needs, true), needEvidence),
    section('goals', language, goals.html, goals.evidence),
    section('pains', language, pains.html, pains.evidence),
    section('urgency', language, list(urgency), [...facts.deadlines.highlights.slice(0, 10), ...facts.emergencies.highlights.slice(0, 10)]),
    section('behaviours', language, behaviours.html, behaviours.evidence),
    section('differences', language, list(differences), []),
    section('demographics', language, list(demographics), []),
  ]
  // A drafted section with nothing in it starts hidden: the researcher can show it and write it.
  for (const s of sections) if (!s.html) s.hidden = true

  const top = facts.needs[0]?.name
  const context =
    language === 'ar'
      ? `${percent(share, language)} من المشاركين (${n}).${top ? ` أكثر ما يحتاجونه: ${top}.` : ''}${facts.deadlines.participants ? ` ${percent(n ? facts.deadlines.participants / n : 0, language)} منهم يعملون وفق مواعيد نهائية.` : ''}`
      : `${percent(share, language)} of participants (${n}).${top ? ` Most pressing need: ${top}.` : ''}${facts.deadlines.participants ? ` ${percent(n ? facts.deadlines.participants / n : 0, language)} work to deadlines.` : ''}`

  return {
    name,
    content: {
      version: 1,
      context,
      role: people.role ?? '',
      tagline,
      uncoded: people.uncoded,
      rejected: [],
      edited: [],
      sections,
      breadcrumbs: [],
      avatar: defaultAvatar(name, 'pattern'),
      facts: {
        segmentName: facts.segment.name,
        n,
        share,
        needs: facts.needs.slice(0, 12),
        deadlines: { count: facts.deadlines.count, participants: facts.deadlines.participants, nearest: facts.deadlines.nearest },
        emergencies: {
          count: facts.emergencies.count,
          participants: facts.emergencies.participants,
          maxSeverity: facts.emergencies.maxSeverity,
        },
      },
      footer: facts.footer,
      draftedAt: now.toISOString(),
    },
  }
}
