/**
 * A deck's sheets are sized by the paper, never by their content, and the print stylesheet says so (size
 * containment on .sheet, and on its .flow, which takes the room the sheet leaves): the browser then lays
 * out no card's content just to size a box (about half the layout work of a 20-card deck, measured from
 * traces: a speed figure, so it is not asserted here), with the same pixels. Real Chromium, the real print document of an English and an Arabic 20-card deck
 * (every third card too long for its page, so the fit trims it); each printed with the stylesheet as
 * shipped and with the containment taken off.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createProject } from '../../src/main/db/open'
import { launchChromium } from '../../src/main/services/exports/personas/chromium'
import { deckDocument, loadForExport } from '../../src/main/services/exports/personas/render'
import { insertPersona, listPersonaIds } from '../../src/main/services/personas/store'
import { defaultAvatar } from '../../src/shared/persona/avatar'
import type { PersonaContentInput, PersonaLanguage, SectionKind } from '../../src/shared/persona/content'
import { cardLabels } from '../../src/shared/persona/labels'
import { tempDir } from '../helpers/tmp'

const KINDS: SectionKind[] = ['quotes', 'needs', 'goals', 'pains', 'behaviours', 'demographics']
const WORDS = {
  en: {
    quote: 'the courier missed the pickup again and we lost the sale',
    item: 'A goal that needs a line of its own on the card',
    name: 'Persona',
  },
  ar: { quote: 'فات المندوب موعد الاستلام مرة أخرى وخسرنا البيع', item: 'هدف يحتاج إلى سطر كامل على البطاقة', name: 'الشخصية' },
}

function content(i: number, language: PersonaLanguage): PersonaContentInput {
  const w = WORDS[language]
  const list = (n: number) =>
    `<ul>${Array.from({ length: n }, (_, k) => `<li><p>${w.item} ${k + 1} <code>${20 + k}%</code></p></li>`).join('')}</ul>`
  const html = (kind: SectionKind) =>
    kind === 'quotes'
      ? Array.from({ length: 3 }, (_, k) => `<blockquote><p>${w.quote} ${i}.${k + 1}</p><p><cite>P${k + 1}</cite></p></blockquote>`).join(
          '',
        )
      : list(kind === 'goals' && i % 3 === 0 ? 30 : 4)
  return {
    version: 1,
    context: `${20 + i}%`,
    sections: KINDS.map((kind, order) => ({
      id: kind,
      kind,
      title: cardLabels(language).sections[kind],
      html: html(kind),
      hidden: false,
      order,
      evidence: [],
    })),
    avatar: defaultAvatar(`${w.name} ${i}`),
    facts: {
      segmentName: `${w.name} ${i}`,
      n: 12,
      share: 0.2,
      needs: [],
      deadlines: { count: 0, participants: 0, nearest: [] },
      emergencies: { count: 0, participants: 0, maxSeverity: 0 },
    },
    footer: { participants: 12, sources: 3, from: '2024-03-01', to: '2024-05-30', stability: 0.8, confidence: 'stable' },
    draftedAt: '2024-06-01T00:00:00.000Z',
  }
}

/** Every third card is too long for its page, so the fit trims it. */
function deck(language: PersonaLanguage): string {
  const db = createProject(join(tempDir(), 'deck.needle')).db
  for (let i = 1; i <= 20; i++)
    insertPersona(db, { segmentId: null, name: `${WORDS[language].name} ${i}`, language, content: content(i, language) })
  const html = deckDocument(loadForExport(db, listPersonaIds(db)), 'a4', 'Deck', language, '2024-06-01')
  db.close()
  return html
}

/** The same document with the sheets' containment taken off (what the stylesheet was before). */
const uncontained = (html: string) => html.replace('</head>', '<style>.sheet, .flow { contain: none; }</style>\n</head>')

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/** Prints like ChromiumPrinter.pdf. */
async function print(html: string): Promise<Buffer> {
  const context = await browser.newContext({ viewport: { width: 794, height: 1123 }, offline: true })
  try {
    const page = await context.newPage()
    await page.setContent(html, { waitUntil: 'load' })
    await page.waitForFunction('document.documentElement.dataset.fitted === "true"', null, { timeout: 15_000 })
    return await page.pdf({ printBackground: true, preferCSSPageSize: true, margin: { top: '0', right: '0', bottom: '0', left: '0' } })
  } finally {
    await context.close()
  }
}

/** Each page of a PDF as a PNG at 60 dpi. */
function pages(pdf: Buffer, dir: string): Buffer[] {
  writeFileSync(join(dir, 'deck.pdf'), pdf)
  execFileSync('pdftoppm', ['-r', '60', '-png', join(dir, 'deck.pdf'), join(dir, 'p')])
  return readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .sort()
    .map((f) => readFileSync(join(dir, f)))
}

describe('a 20-card deck', () => {
  it.each([
    ['English', 'en'],
    ['Arabic', 'ar'],
  ] as const)('prints the same %s pages with its sheets size-contained as without', async (_name, language) => {
    const html = deck(language)
    const [shipped, plain] = [pages(await print(html), tempDir()), pages(await print(uncontained(html)), tempDir())]
    expect(shipped.length).toBeGreaterThanOrEqual(22) // cover, 20 cards, the appendix
    expect(plain.length).toBe(shipped.length)
    shipped.forEach((png, i) => expect(png.equals(plain[i]), `page ${i + 1}`).toBe(true))
  })
})
