/**
 * A card as it will print: header, leading quote, sections in two columns, evidence footer, in
 * the persona's language and direction. The stylesheet mirrors the print one, scaled to the screen.
 */
import { visibleSections, type Persona } from '../../../../shared/persona/content'
import { breadcrumbFactSentence } from '../../../../shared/persona/breadcrumbFacts'
import { cardLabels, percent } from '../../../../shared/persona/labels'
import { PersonaAvatar } from './PersonaAvatar'
import { sanitizeRichText } from './sanitize'
import { footerParts, quotesByOwnDirection, splitHero } from './sheetParts'
import classes from './PersonaSheet.module.css'

export function PersonaSheet({ persona, imageUrl }: { persona: Persona; imageUrl?: string | null }) {
  const c = persona.content
  const l = cardLabels(persona.language)
  let hero: string | null = null
  const blocks = visibleSections(c)
    .filter((s) => s.kind !== 'context')
    .map((s) => {
      let html = sanitizeRichText(s.html)
      if (s.kind === 'quotes' && hero === null) {
        const split = splitHero(html)
        hero = split.hero
        html = split.rest
      }
      return { s, html: quotesByOwnDirection(html) }
    })
    .filter(({ html }) => html.replace(/<[^>]+>/g, '').trim())
  const foot = footerParts(persona)
  return (
    <article
      className={classes.sheet}
      dir={persona.direction}
      lang={persona.language}
      style={{ '--persona': c.avatar.colour } as React.CSSProperties}
      data-testid="persona-sheet"
      aria-label={persona.name}
    >
      <header className={classes.head}>
        <PersonaAvatar persona={persona} size={72} imageUrl={imageUrl} />
        <div>
          <p className={classes.eyebrow}>{c.facts.segmentName ? `${l.segment} · ${c.facts.segmentName}` : l.segment}</p>
          <h2 className={classes.name}>{persona.name}</h2>
          {c.role ? (
            <p className={classes.role}>
              <bdi>{c.role}</bdi>
            </p>
          ) : null}
          {c.tagline ? (
            <p className={classes.tagline}>
              <bdi>{c.tagline}</bdi>
            </p>
          ) : null}
          <p className={classes.context}>{c.context}</p>
        </div>
        <div className={classes.share}>
          <span className={classes.big}>{percent(c.facts.share, persona.language)}</span>
          <span className={classes.small}>{l.ofParticipants('').trim()}</span>
          <span className={classes.small}>{l.sampleSize(c.facts.n)}</span>
        </div>
      </header>
      {hero ? (
        <blockquote
          className={classes.hero}
          dangerouslySetInnerHTML={{ __html: (hero as string).replace(/^(\s*)<p>/, '$1<p dir="auto">') }}
        />
      ) : null}
      <div className={classes.flow}>
        {blocks.map(({ s, html }) => (
          <section key={s.id} className={`${classes.block} ${s.kind === 'needs' ? classes.needs : ''}`}>
            <h3>{s.title}</h3>
            <div className={classes.body} dangerouslySetInnerHTML={{ __html: html }} />
          </section>
        ))}
        {c.breadcrumbs.length ? (
          <section className={classes.block} data-testid="persona-breadcrumbs">
            <h3>{l.breadcrumbs}</h3>
            <div className={classes.body}>
              <ul>
                {c.breadcrumbs.map((f) => (
                  <li key={f.key} className={classes.fact}>
                    {breadcrumbFactSentence(f, persona.language)}
                  </li>
                ))}
              </ul>
            </div>
          </section>
        ) : null}
      </div>
      <footer className={classes.foot}>
        <span>
          {foot.evidence} · <strong className={classes[`c_${c.footer.confidence}`]}>{foot.confidence}</strong>
        </span>
        <span>{foot.preparedWith}</span>
      </footer>
    </article>
  )
}
