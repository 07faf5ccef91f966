/**
 * `export.persona`: a card or a deck as PDF, a card as PNG, a persona as Markdown or JSON.
 * For PDF and PNG the browser starts first and the page is built while it starts (loading the
 * sanitiser and fonts is CPU work in this process; Chromium's start is another process's).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { ParsedInputOf } from '../../../../shared/contract'
import type { PersonaExportResult } from '../../../../shared/contract/personas'
import { NeedleError } from '../../../../shared/errors'
import type { Session } from '../../../session'
import { listPersonaIds } from '../../personas/store'
import { projectLanguage } from '../../project/language'
import { personaJson } from './json'
import { personaMarkdown } from './markdown'
import { printerFor } from './printer'
import { cardDocument, deckDocument, loadForExport, projectName, type ExportItem } from './render'

type Input = ParsedInputOf<'export.persona'>

/** "Same-day dispatch first" → "3-same-day-dispatch-first" (Arabic letters kept). */
function fileStem(item: ExportItem): string {
  const slug = item.persona.name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return `${item.persona.id}-${slug || 'persona'}`
}

function write(path: string, data: string | Uint8Array): void {
  try {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, data)
  } catch (err) {
    throw new NeedleError('unreadable_file', `Cannot write ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`)
  }
}

/** Pages in a PDF Chromium wrote (its page objects are plain, never in compressed object streams). */
export function countPdfPages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![a-z])/g) ?? []
  ).length
}

export async function exportPersonas(session: Session, input: Input): Promise<PersonaExportResult> {
  const started = performance.now()
  const db = session.requireProject().db
  const ids = input.all ? listPersonaIds(db) : [input.personaId!]
  if (!ids.length)
    throw new NeedleError(
      'not_found',
      'This project has no personas yet. Draft them from saved segments first (needle personas --from-segments).',
    )
  const printer = input.format === 'pdf' || input.format === 'png' ? await printerFor(session) : null
  try {
    const items = loadForExport(db, ids)
    const files: string[] = []
    let pages: number | null = null
    const many = input.all === true && input.format !== 'pdf'
    const target = (item: ExportItem, ext: string) => (many ? join(input.out, `${fileStem(item)}.${ext}`) : input.out)

    if (input.format === 'pdf') {
      const html =
        items.length === 1 && !input.all
          ? cardDocument(items[0], input.page)
          : deckDocument(items, input.page, projectName(db), projectLanguage(db))
      const pdf = await printer!.pdf({ html, page: input.page })
      write(input.out, pdf)
      files.push(input.out)
      pages = countPdfPages(pdf)
    } else if (input.format === 'png') {
      for (const item of items) {
        const png = await printer!.png({ html: cardDocument(item, input.page), page: input.page, selector: '.sheet.card' })
        write(target(item, 'png'), png)
        files.push(target(item, 'png'))
      }
    } else {
      for (const item of items) {
        const text = input.format === 'md' ? personaMarkdown(item.persona, item.quotes) : `${JSON.stringify(personaJson(item), null, 2)}\n`
        write(target(item, input.format), text)
        files.push(target(item, input.format))
      }
    }
    return { files, pages, personas: items.length, ms: Math.round(performance.now() - started) }
  } finally {
    // The file is written: the researcher's export is done. A per-job browser shuts down in the
    // background (a few hundred ms nobody needs to wait for); a shared one stays up anyway.
    void printer?.release().catch(() => {})
  }
}
