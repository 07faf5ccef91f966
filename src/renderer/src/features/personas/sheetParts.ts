/**
 * The pieces of a printed card, computed the way the print template does
 * (src/main/services/exports/personas/card.ts), so the preview on screen reads like the paper.
 */
import type { Persona } from '../../../../shared/persona/content'
import { cardLabels, monthYear } from '../../../../shared/persona/labels'

/** The card leads with its first quote when it is short enough (the print template's rule). */
export function splitHero(html: string): { hero: string | null; rest: string } {
  const match = /^\s*(<blockquote\b[^>]*>[\s\S]*?<\/blockquote>)/.exec(html)
  if (!match) return { hero: null, rest: html }
  if (match[1].replace(/<[^>]+>/g, '').length > 320) return { hero: null, rest: html }
  return { hero: match[1].replace(/^<blockquote\b[^>]*>/, '').replace(/<\/blockquote>$/, ''), rest: html.slice(match[0].length) }
}

/** "Based on 12 participants · 3 sources · Mar 2024 – May 2024" and the confidence words. */
export function footerParts(persona: Persona): { evidence: string; confidence: string; preparedWith: string } {
  const l = cardLabels(persona.language)
  const f = persona.content.footer
  const lang = persona.language
  const range =
    f.from && f.to
      ? monthYear(f.from, lang) === monthYear(f.to, lang)
        ? monthYear(f.from, lang)
        : `${monthYear(f.from, lang)} – ${monthYear(f.to, lang)}`
      : null
  const evidence = [`${l.basedOn} ${l.participants(f.participants)}`, l.sources(f.sources), range].filter(Boolean).join(' · ')
  const stability = f.stability != null ? ` (${f.stability.toFixed(2)})` : ''
  return { evidence, confidence: `${l.confidence[f.confidence]}${stability}`, preparedWith: l.preparedWith }
}

/** Quotes take their direction from their own script, as in print (their marks follow it). */
export function quotesByOwnDirection(html: string): string {
  return html.replace(/(<blockquote\b[^>]*>\s*)<p>/g, '$1<p dir="auto">')
}
