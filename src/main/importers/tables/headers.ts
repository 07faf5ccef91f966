/**
 * Header rows: how many there are (none, one, SurveyMonkey's two, Qualtrics' three), how
 * they combine into one name per column, and how blank or repeated names are made unique
 * so every column can be pointed at in a mapping.
 */
import type { HeaderStyle } from '../../../shared/import/mapping'

export interface HeaderShape {
  headerRows: number
  headerStyle: HeaderStyle
}

const IMPORT_ID = /^\{"ImportId":/
const LEGACY_QUALTRICS_ID = /^V\d+$/
const SURVEYMONKEY_SUB = /^(Response|Open-Ended Response)$/

const blank = (s: string | undefined) => s === undefined || s.trim() === ''

/** A value that looks like data rather than a column name. */
function looksLikeValue(s: string): boolean {
  const t = s.trim()
  return /^[-+]?[\d.,]+%?$/.test(t) || /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/.test(t)
}

/**
 * Is the first record a header? It is not when one of its cells is a number in a numeric
 * column, or when a cell repeats as a value further down its column (a label such as "OBJ"
 * in a header-less file of labelled tweets) among other values there.
 */
export function firstRowIsHeader(records: string[][]): boolean {
  if (records.length < 2) return true
  const first = records[0]
  const rest = records.slice(1, 200)
  for (let c = 0; c < first.length; c++) {
    const cell = first[c]
    if (blank(cell)) continue
    if (looksLikeValue(cell)) {
      const numericBelow = rest.filter((r) => r[c] !== undefined && looksLikeValue(r[c])).length
      if (numericBelow >= rest.length * 0.5) return false
    }
    if (cell.length <= 40 && rest.some((r) => r[c] === cell) && !isCheckboxColumn(cell, rest, c)) return false
  }
  return true
}

/**
 * A checkbox column of a one-row export (Typeform, some form tools): the option is the column's name
 * and its only answer, blank where it was not chosen. Its name repeating below is what it means, not
 * a sign that the first row is data.
 */
function isCheckboxColumn(cell: string, rest: string[][], c: number): boolean {
  const answers = rest.map((r) => r[c]).filter((v) => !blank(v))
  return answers.length < rest.length && answers.every((v) => v === cell)
}

/**
 * SurveyMonkey's second header row without a "Response" cell (a survey of choice questions only):
 * nothing under the respondent id, and an answer under every column whose question cell is blank
 * because the question to its left goes on over it ("Gender", "" above "Male", "Female").
 */
function answersUnderQuestions(r1: string[], r2: string[]): boolean {
  if (!blank(r2[0]) || blank(r1[0])) return false
  const continued = r1.map((c, i) => (i > 0 && blank(c) && !blank(r1[i - 1] ?? '') ? i : -1)).filter((i) => i > 0)
  if (!continued.length) return false
  return r1.every((c, i) => i === 0 || !blank(c) || !blank(r2[i]) || r1.slice(i).every(blank))
}

/** Recognises the multi-row header layouts of the survey tools researchers use most. */
export function detectHeaderShape(records: string[][], header: boolean | undefined): HeaderShape {
  if (header === false || records.length === 0) return { headerRows: 0, headerStyle: 'single' }
  const [r1, r2, r3] = records
  if (r3 && r3.filter((c) => !blank(c)).length > 0 && r3.every((c) => blank(c) || IMPORT_ID.test(c))) {
    return { headerRows: 3, headerStyle: 'qualtrics' }
  }
  if (r2 && r1.slice(0, 10).filter((c) => LEGACY_QUALTRICS_ID.test(c)).length >= 3 && r2.some((c) => /^ResponseI[Dd]$/.test(c))) {
    return { headerRows: 2, headerStyle: 'qualtrics_legacy' }
  }
  if (r2 && (r2.some((c) => SURVEYMONKEY_SUB.test(c.trim())) || answersUnderQuestions(r1, r2)) && !r2.some(looksLikeValue)) {
    return { headerRows: 2, headerStyle: 'surveymonkey' }
  }
  if (header === undefined && !firstRowIsHeader(records)) return { headerRows: 0, headerStyle: 'single' }
  return { headerRows: 1, headerStyle: 'single' }
}

/** One raw name per column from the header records (before disambiguation). */
export function combineHeaders(headerRecords: string[][], shape: HeaderShape, width: number): string[] {
  const cell = (r: number, c: number) => (headerRecords[r]?.[c] ?? '').trim()
  const names: string[] = []
  if (shape.headerRows === 0) {
    for (let c = 0; c < width; c++) names.push('')
    return names
  }
  if (shape.headerStyle === 'qualtrics' || shape.headerStyle === 'qualtrics_legacy') {
    // The text row names the question the researcher wrote; the id row is the fallback.
    for (let c = 0; c < width; c++) names.push(cell(1, c) || cell(0, c))
    return names
  }
  if (shape.headerStyle === 'surveymonkey') {
    let question = ''
    for (let c = 0; c < width; c++) {
      // A blank question cell continues the question to its left (one column per option).
      if (cell(0, c)) question = cell(0, c)
      const sub = cell(1, c)
      if (!sub || SURVEYMONKEY_SUB.test(sub)) names.push(question)
      else names.push(question ? `${question} — ${sub}` : sub)
    }
    return names
  }
  for (let c = 0; c < width; c++) names.push(cell(0, c))
  return names
}

/** Blank names become "Column N", repeats "Name (2)"; each change is reported. */
export function disambiguate(raw: string[]): { headers: string[]; warnings: string[] } {
  const warnings: string[] = []
  const headers: string[] = []
  const taken = new Set(raw.filter((h) => h !== ''))
  const count = new Map<string, number>()
  const blanks: number[] = []
  for (let i = 0; i < raw.length; i++) {
    let name = raw[i]
    if (name === '') {
      name = `Column ${i + 1}`
      for (let k = 2; taken.has(name); k++) name = `Column ${i + 1} (${k})`
      blanks.push(i + 1)
    } else {
      const n = (count.get(name) ?? 0) + 1
      count.set(name, n)
      if (n > 1) {
        let k = n
        while (taken.has(`${name} (${k})`)) k++
        const renamed = `${name} (${k})`
        warnings.push(`Column ${i + 1} repeats the header "${name}"; it is named "${renamed}".`)
        name = renamed
      }
    }
    taken.add(name)
    headers.push(name)
  }
  if (blanks.length > 0 && raw.some((h) => h !== '')) {
    const shown = blanks.slice(0, 8).join(', ') + (blanks.length > 8 ? ` and ${blanks.length - 8} more` : '')
    warnings.unshift(
      `${blanks.length === 1 ? 'Column' : 'Columns'} ${shown} ${blanks.length === 1 ? 'has' : 'have'} no header; named "Column N" after position.`,
    )
  }
  return { headers, warnings }
}
