/**
 * Inter-coder agreement at character level. For each code, every character of the documents
 * both coders coded is one decision per coder: coded with this code or not. Percent agreement
 * is the share of characters where the decisions match; Cohen's kappa corrects it for the
 * agreement expected by chance from each coder's own rate: (po - pe) / (1 - pe).
 * Characters are Unicode code points, so an emoji or an Arabic letter counts once.
 */
import type Database from 'better-sqlite3'
import type { AgreementReport, CodeAgreement } from '../../../shared/contract/interop'
import { NeedleError } from '../../../shared/errors'
import { csvDocument, csvLine } from './csv'

interface Span {
  doc: number
  start: number
  end: number
  codes: number[]
}

function coderId(db: Database.Database, name: string): number {
  const id = db.prepare('SELECT id FROM coders WHERE name = ?').pluck().get(name) as number | undefined
  if (id !== undefined) return id
  const known = (db.prepare('SELECT name FROM coders ORDER BY name').pluck().all() as string[]).join(', ') || 'none yet'
  throw new NeedleError('not_found', `There is no coder called “${name}” in this project (coders: ${known}).`)
}

function spansOf(db: Database.Database, coder: number): Span[] {
  return (
    db
      .prepare(
        `SELECT h.document_id AS doc, h.start, h.end, (SELECT group_concat(code_id) FROM highlight_codes WHERE highlight_id = h.id) AS codes
           FROM highlights h WHERE h.coder_id = ?`,
      )
      .all(coder) as { doc: number; start: number; end: number; codes: string | null }[]
  ).map((r) => ({ ...r, codes: r.codes ? r.codes.split(',').map(Number) : [] }))
}

/** 1 at UTF-16 positions that start a character (not the second half of a surrogate pair). */
function characterStarts(text: string): Uint8Array {
  const starts = new Uint8Array(text.length).fill(1)
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const p = text.charCodeAt(i - 1)
    if (c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff) starts[i] = 0
  }
  return starts
}

export function kappaOf(n11: number, n10: number, n01: number, n00: number): { percent: number; kappa: number | null } {
  const n = n11 + n10 + n01 + n00
  if (n === 0) return { percent: 0, kappa: null }
  const po = (n11 + n00) / n
  const pa = (n11 + n10) / n
  const pb = (n11 + n01) / n
  const pe = pa * pb + (1 - pa) * (1 - pb)
  return { percent: po * 100, kappa: pe >= 1 ? null : (po - pe) / (1 - pe) }
}

export function agreement(db: Database.Database, nameA: string, nameB: string, documentIds?: number[]): AgreementReport {
  if (nameA === nameB) throw new NeedleError('invalid_input', 'Agreement needs two different coders.')
  const a = spansOf(db, coderId(db, nameA))
  const b = spansOf(db, coderId(db, nameB))
  const wanted = documentIds ? new Set(documentIds) : null
  const docsA = new Set(a.map((s) => s.doc))
  const docs = [...new Set(b.map((s) => s.doc))].filter((d) => docsA.has(d) && (!wanted || wanted.has(d))).sort((x, y) => x - y)
  if (docs.length === 0) {
    throw new NeedleError(
      'not_found',
      `${nameA} and ${nameB} have not both coded any ${wanted ? 'of the chosen ' : ''}document: there is nothing to compare.`,
    )
  }
  const inDocs = new Set(docs)
  const codeIds = [...new Set([...a, ...b].filter((s) => inDocs.has(s.doc)).flatMap((s) => s.codes))]
  const codeRows = new Map(
    (db.prepare(`SELECT id, name, kind FROM codes`).all() as { id: number; name: string; kind: string }[]).map((c) => [c.id, c]),
  )
  const tallies = new Map<number, { n11: number; n10: number; n01: number; n00: number; a: number; b: number }>()
  for (const c of codeIds) tallies.set(c, { n11: 0, n10: 0, n01: 0, n00: 0, a: 0, b: 0 })
  let characters = 0
  const textOf = db.prepare('SELECT text FROM documents WHERE id = ?').pluck()
  for (const doc of docs) {
    const text = textOf.get(doc) as string
    const starts = characterStarts(text)
    const chars = starts.reduce((n, v) => n + v, 0)
    characters += chars
    for (const code of codeIds) {
      const markA = new Uint8Array(text.length)
      const markB = new Uint8Array(text.length)
      for (const s of a) if (s.doc === doc && s.codes.includes(code)) markA.fill(1, s.start, Math.min(s.end, text.length))
      for (const s of b) if (s.doc === doc && s.codes.includes(code)) markB.fill(1, s.start, Math.min(s.end, text.length))
      const t = tallies.get(code)!
      for (let i = 0; i < text.length; i++) {
        if (!starts[i]) continue
        const x = markA[i]
        const y = markB[i]
        if (x && y) t.n11++
        else if (x) t.n10++
        else if (y) t.n01++
        else t.n00++
      }
    }
  }
  const codes: CodeAgreement[] = codeIds
    .map((id) => {
      const t = tallies.get(id)!
      const row = codeRows.get(id) ?? { name: `code ${id}`, kind: 'custom' }
      const { percent, kappa } = kappaOf(t.n11, t.n10, t.n01, t.n00)
      return {
        codeId: id,
        name: row.name,
        kind: row.kind,
        charsA: t.n11 + t.n10,
        charsB: t.n11 + t.n01,
        charsBoth: t.n11,
        percentAgreement: percent,
        kappa,
      }
    })
    .sort((x, y) => x.name.localeCompare(y.name))
  const round = (v: number | null, digits: number) => (v === null ? '' : Number(v.toFixed(digits)))
  const csv = csvDocument([
    csvLine([
      'code',
      'kind',
      `characters ${nameA}`,
      `characters ${nameB}`,
      'characters both',
      'characters compared',
      'percent agreement',
      'kappa',
    ]),
    ...codes.map((c) =>
      csvLine([c.name, c.kind, c.charsA, c.charsB, c.charsBoth, characters, round(c.percentAgreement, 2), round(c.kappa, 4)]),
    ),
  ])
  return { coderA: nameA, coderB: nameB, documentIds: docs, characters, codes, csv }
}
