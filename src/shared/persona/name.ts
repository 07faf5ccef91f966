/**
 * A persona's first name comes from what its segment needs most, never from a made-up human name:
 * "Same-day dispatch first" says who this is for; "Sarah, 34" would invent a gender, an age and an
 * ethnicity that no participant gave. The researcher renames it freely.
 */
import type { PersonaLanguage } from './content'

function tidy(name: string): string {
  return name.replace(/\s+/g, ' ').trim()
}

export function personaName(rankedNeeds: readonly string[], language: PersonaLanguage, fallback: string): string {
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
