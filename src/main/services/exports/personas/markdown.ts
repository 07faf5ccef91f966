/** A persona as Markdown: the card's text, then its quotes with where they were said. */
import { breadcrumbFactCounts, breadcrumbFactSentence } from '../../../../shared/persona/breadcrumbFacts'
import type { PersonaEvidenceQuote } from '../../../../shared/contract/personas'
import { visibleSections, type Persona } from '../../../../shared/persona/content'
import { cardLabels, dayMonthYear, monthYear, percent } from '../../../../shared/persona/labels'
import { htmlFragment } from '../../personas/sanitize'

/** Markdown from the allowed rich-text tags (shared/persona/richText.ts); anything else keeps its text. */
function toMarkdown(html: string): string {
  const walk = (node: Node, depth: number): string => {
    if (node.nodeType === 3) return (node.textContent ?? '').replace(/([*_`[\]\\])/g, '\\$1')
    if (node.nodeType !== 1 && node.nodeType !== 11) return ''
    const el = node as Element
    const inner = (d = depth) => Array.from(node.childNodes, (c) => walk(c, d)).join('')
    switch (node.nodeType === 11 ? '#fragment' : el.tagName.toLowerCase()) {
      case 'p':
        return `${inner().trim()}\n\n`
      case 'br':
        return '  \n'
      case 'strong':
      case 'b':
        return `**${inner()}**`
      case 'em':
      case 'i':
      case 'cite':
        return `*${inner()}*`
      case 's':
        return `~~${inner()}~~`
      case 'code':
        return `\`${el.textContent ?? ''}\``
      case 'a':
        return `[${inner()}](${el.getAttribute('href') ?? ''})`
      case 'h3':
      case 'h4':
        return `#### ${inner().trim()}\n\n`
      case 'blockquote':
        return `${inner()
          .trim()
          .split('\n')
          .map((line) => `> ${line}`.trimEnd())
          .join('\n')}\n\n`
      case 'ul':
      case 'ol': {
        const ordered = el.tagName.toLowerCase() === 'ol'
        const items = Array.from(el.children).filter((c) => c.tagName.toLowerCase() === 'li')
        const pad = '   '.repeat(depth)
        return `${items
          .map(
            (li, i) =>
              `${pad}${ordered ? `${i + 1}.` : '-'} ${Array.from(li.childNodes, (c) => walk(c, depth + 1))
                .join('')
                .trim()
                .replace(/\n\n/g, '\n')}`,
          )
          .join('\n')}\n\n`
      }
      case 'span':
        // The mark on a quote drafting chose before anyone coded it.
        return el.classList.contains('uncoded') ? `[${inner()}]` : inner()
      default:
        return inner()
    }
  }
  return walk(htmlFragment(html), 0)
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** Quotation marks by the quote's own script, as the printed card sets them (css.ts): ”…“ around Arabic. */
function quoted(text: string): string {
  return /^[^\p{L}]*[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(text) ? `”${text}“` : `“${text}”`
}

export function personaMarkdown(persona: Persona, quotes: PersonaEvidenceQuote[]): string {
  const l = cardLabels(persona.language)
  const c = persona.content
  const f = c.footer
  const out: string[] = [`# ${persona.name}`, '']
  if (c.role) out.push(`**${c.role}**`, '')
  if (c.tagline) out.push(`*${c.tagline}*`, '')
  out.push(c.context, '')
  out.push(
    `${c.facts.segmentName ? `${l.segment}: ${c.facts.segmentName} · ` : ''}${percent(c.facts.share, persona.language)} · ${l.sampleSize(c.facts.n)}`,
    '',
  )
  for (const s of visibleSections(c)) {
    const body = toMarkdown(s.html)
    if (!body) continue
    out.push(`## ${s.title}`, '', body, '')
  }
  if (c.breadcrumbs.length) {
    out.push(`## ${l.breadcrumbs}`, '')
    for (const b of c.breadcrumbs)
      out.push(`- ${breadcrumbFactSentence(b, persona.language)} (${breadcrumbFactCounts(b, persona.language)})`)
    out.push('')
  }
  const range = f.from && f.to ? ` · ${monthYear(f.from, persona.language)} – ${monthYear(f.to, persona.language)}` : ''
  out.push(
    '---',
    '',
    `${l.basedOn} ${l.participants(f.participants)} · ${l.sources(f.sources)}${range} · ${l.confidence[f.confidence]}${f.stability != null ? ` (${f.stability.toFixed(2)})` : ''}`,
    '',
  )
  if (quotes.length) {
    out.push(`## ${l.appendix}`, '')
    for (const q of quotes) {
      const where = [q.participant, q.documentTitle, q.source, q.occurredAt ? dayMonthYear(q.occurredAt, persona.language) : null]
        .filter(Boolean)
        .join(' · ')
      out.push(`- ${quoted(q.text.trim().replace(/\s+/g, ' '))} — ${where} (${l.highlight(q.highlightId)})`)
    }
    out.push('')
  }
  return `${out.join('\n').trim()}\n`
}
