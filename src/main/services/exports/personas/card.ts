/** The markup of one persona card: a sheet the size of the paper. */
import { avatarSvg } from '../../../../shared/persona/avatar'
import { visibleSections, type Persona } from '../../../../shared/persona/content'
import { cardLabels, monthYear, percent } from '../../../../shared/persona/labels'
import { breadcrumbFactSentence } from '../../../../shared/persona/breadcrumbFacts'
import { escapeHtml } from '../../../../shared/persona/richText'

export interface CardInput {
  persona: Persona
  /** data: URL of the researcher's own picture, when the avatar is an image. */
  imageUrl: string | null
}

/** The avatar as markup: the researcher's picture, else the generated one. */
export function avatarMarkup({ persona, imageUrl }: CardInput): string {
  const a = persona.content.avatar
  return a.kind === 'image' && imageUrl ? `<img src="${escapeHtml(imageUrl)}" alt="">` : avatarSvg(a, persona.name, 96)
}

/** The first quote short enough to lead the card, taken out of the quotes section. */
function splitHero(html: string): { hero: string | null; rest: string } {
  const match = /^\s*(<blockquote\b[^>]*>[\s\S]*?<\/blockquote>)/.exec(html)
  if (!match) return { hero: null, rest: html }
  const plain = match[1].replace(/<[^>]+>/g, '')
  if (plain.length > 320) return { hero: null, rest: html }
  return { hero: match[1].replace(/^<blockquote\b[^>]*>/, '').replace(/<\/blockquote>$/, ''), rest: html.slice(match[0].length) }
}

function footerText(persona: Persona): string {
  const l = cardLabels(persona.language)
  const f = persona.content.footer
  const range =
    f.from && f.to
      ? monthYear(f.from, persona.language) === monthYear(f.to, persona.language)
        ? monthYear(f.from, persona.language)
        : `${monthYear(f.from, persona.language)} – ${monthYear(f.to, persona.language)}`
      : null
  const parts = [`${l.basedOn} ${l.participants(f.participants)}`, l.sources(f.sources), range].filter(Boolean)
  // Numbers are isolated (<bdi>) so that in a right-to-left line they keep their place beside their words.
  const stability = f.stability != null ? ` (<bdi>${f.stability.toFixed(2)}</bdi>)` : ''
  return `<span>${escapeHtml(parts.join(' · '))} · <span class="confidence ${f.confidence}">${escapeHtml(l.confidence[f.confidence])}${stability}</span></span><span>${escapeHtml(l.preparedWith)}</span>`
}

/**
 * A quote's words take their direction from their own script (dir="auto"), so an English quote on
 * an Arabic card gets English quotation marks the right way round, and an Arabic quote on an English
 * card Arabic ones (print CSS picks the marks by :dir()).
 */
function quotesByOwnDirection(html: string): string {
  return html.replace(/(<blockquote\b[^>]*>\s*)<p>/g, '$1<p dir="auto">')
}

/**
 * The role and the need-based tagline under the name; each isolated (<bdi>), since a role drawn from
 * an English survey may sit on an Arabic card and must not reorder the words around it.
 */
function identity(persona: Persona): string {
  const { role, tagline } = persona.content
  return `${role ? `<p class="role"><bdi>${escapeHtml(role)}</bdi></p>` : ''}${tagline ? `<p class="tagline"><bdi>${escapeHtml(tagline)}</bdi></p>` : ''}`
}

/** Breadcrumbs put on the card: facts about what came before customers left, listed as such (not quotes). */
function breadcrumbBlock(persona: Persona): string {
  const facts = persona.content.breadcrumbs
  if (!facts.length) return ''
  const l = cardLabels(persona.language)
  const items = facts
    .map((f) => `<li class="fact" data-breadcrumb="${escapeHtml(f.label)}">${escapeHtml(breadcrumbFactSentence(f, persona.language))}</li>`)
    .join('')
  return `<section class="block s-breadcrumbs" data-section="breadcrumbs" data-more-label="${escapeHtml(l.more(0).replace('0', '{n}'))}"><h2>${escapeHtml(l.breadcrumbs)}</h2><div class="body"><ul>${items}</ul></div></section>`
}

/** `sections` HTML must already be sanitised (render.ts does it). */
export function cardSheet(input: CardInput): string {
  const { persona } = input
  const l = cardLabels(persona.language)
  const c = persona.content
  let hero: string | null = null
  const blocks = visibleSections(c)
    .filter((s) => s.kind !== 'context')
    .map((s) => {
      let html = s.html
      if (s.kind === 'quotes' && hero === null) {
        const split = splitHero(html)
        hero = split.hero
        html = split.rest
      }
      if (!html.replace(/<[^>]+>/g, '').trim()) return ''
      html = quotesByOwnDirection(html)
      return `<section class="block s-${s.kind}" data-section="${escapeHtml(s.id)}" data-more-label="${escapeHtml(l.more(0).replace('0', '{n}'))}"><h2>${escapeHtml(s.title)}</h2><div class="body">${html}</div></section>`
    })
    .join('')
  // The segment's name may be in the other script: isolated, it cannot reorder the words around it.
  const eyebrow = c.facts.segmentName ? `${escapeHtml(l.segment)} · <bdi>${escapeHtml(c.facts.segmentName)}</bdi>` : escapeHtml(l.segment)
  return `<section class="sheet card" dir="${persona.direction}" lang="${persona.language}" style="--persona:${c.avatar.colour}" data-persona="${persona.id}">
<header class="head">
  <div class="avatar">${avatarMarkup(input)}</div>
  <div><p class="eyebrow">${eyebrow}</p><h1 class="name">${escapeHtml(persona.name)}</h1>${identity(persona)}<p class="context">${escapeHtml(c.context)}</p></div>
  <div class="share"><span class="big"><bdi>${percent(c.facts.share, persona.language)}</bdi></span><span class="small">${escapeHtml(l.ofParticipants('').trim())}</span><span class="small">${escapeHtml(l.sampleSize(c.facts.n))}</span></div>
</header>
${hero ? `<blockquote class="hero">${(hero as string).replace(/^(\s*)<p>/, '$1<p dir="auto">')}</blockquote>` : ''}
<div class="flow">${blocks}${breadcrumbBlock(persona)}</div>
<footer class="foot">${footerText(persona)}</footer>
</section>`
}
