/**
 * A persona's tagline comes from what its segment needs most: "Same-day dispatch first" says what
 * this person is after. (The person's name is personNames.ts's; the researcher edits both freely.)
 */
import type { PersonaLanguage } from './content'

function tidy(name: string): string {
  return name.replace(/\s+/g, ' ').trim()
}

export function needTagline(rankedNeeds: readonly string[], language: PersonaLanguage, fallback: string): string {
  const [top, second] = rankedNeeds.map(tidy).filter(Boolean)
  if (!top) return fallback
  // A name is read at a glance: the second need only when both fit in a short line.
  const next = second && top.length + second.length <= 44 ? second : undefined
  if (language === 'ar') return next ? `${top} أولًا، ثم ${next}` : `${top} أولًا`
  const cap = top.charAt(0).toLocaleUpperCase('en') + top.slice(1)
  // "Same-day dispatch first, then clear invoices"; acronyms ("VAT returns") keep their capitals.
  const lower = next && /^\p{Lu}\p{Ll}/u.test(next) ? next.charAt(0).toLocaleLowerCase('en') + next.slice(1) : next
  return lower ? `${cap} first, then ${lower}` : `${cap} first`
}
