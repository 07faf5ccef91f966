/**
 * The mapping step keeps the researcher's column edits when a switch (header row, quotes,
 * survey/feedback) makes the service preview the file again with a freshly inferred mapping.
 */
import { describe, expect, it } from 'vitest'
import type { ColumnMapping, TableMapping } from '../../src/shared/import/mapping'
import { parseMapping } from '../../src/shared/import/mapping'
import { carryEdits, replaceColumn, withRole } from '../../src/renderer/src/features/import/mappingEdit'

function table(kind: TableMapping['kind'], headerRows: number, columns: ColumnMapping[]): TableMapping {
  return {
    version: 1,
    kind,
    headerRows,
    headerStyle: 'single',
    delimiter: ',',
    quoting: true,
    columns: columns.map((c, index) => ({ ...c, index }) as ColumnMapping),
  }
}

const LEVELS = [
  { label: 'Dissatisfied', value: 1 },
  { label: 'Neutral', value: 2 },
  { label: 'Satisfied', value: 3 },
]

const inferred = table('survey', 1, [
  { header: 'Respondent ID', role: 'respondent_id' },
  { header: 'Country', role: 'category' },
  { header: 'Plan satisfaction', role: 'likert', levels: LEVELS },
  { header: 'Anything else?', role: 'category' },
])

/** What the researcher did: "Anything else?" as free text, the Likert levels reordered. */
function edited(): TableMapping {
  let m = replaceColumn(inferred, 3, withRole(inferred.columns[3], 'text', inferred.columns[3], []))
  m = replaceColumn(m, 2, { ...m.columns[2], levels: [...LEVELS].reverse() } as ColumnMapping)
  return m
}

describe('carrying column edits to a new preview', () => {
  it('returns the new preview untouched when nothing was edited, or nothing was shown before', () => {
    const next = table('survey', 1, [{ header: 'Respondent ID', role: 'category' }])
    expect(carryEdits(inferred, inferred, next)).toBe(next)
    expect(carryEdits(null, null, next)).toBe(next)
  })

  it('keeps edited columns by header; others and new columns take the new inference', () => {
    const next = table('survey', 1, [
      { header: 'Respondent ID', role: 'respondent_id' },
      { header: 'Anything else?', role: 'category' },
      { header: 'Country', role: 'multi_select', separator: ',' },
      { header: 'Plan satisfaction', role: 'likert', levels: LEVELS },
      { header: 'Seats', role: 'number' },
    ])
    const out = carryEdits(inferred, edited(), next)
    expect(out.columns).toEqual([
      { header: 'Respondent ID', index: 0, role: 'respondent_id' },
      { header: 'Anything else?', index: 1, role: 'text', textKind: 'answer' },
      { header: 'Country', index: 2, role: 'multi_select', separator: ',' },
      { header: 'Plan satisfaction', index: 3, role: 'likert', levels: [...LEVELS].reverse() },
      { header: 'Seats', index: 4, role: 'number' },
    ])
    expect(parseMapping(out).ok).toBe(true)
  })

  it('keeps edits by position through a preview without a header row, and back', () => {
    const off = table('survey', 0, [
      { header: 'Column 1', role: 'category' },
      { header: 'Column 2', role: 'category' },
      { header: 'Column 3', role: 'category' },
      { header: 'Column 4', role: 'category' },
    ])
    const first = carryEdits(inferred, edited(), off)
    expect(first.headerRows).toBe(0)
    expect(first.columns.map((c) => [c.header, c.role])).toEqual([
      ['Column 1', 'category'],
      ['Column 2', 'category'],
      ['Column 3', 'likert'],
      ['Column 4', 'text'],
    ])
    // The header switch back on: the service infers afresh; the edits come back to their columns.
    const back = carryEdits(off, first, inferred)
    expect(back).toEqual({ ...edited(), columns: edited().columns })
  })

  it('across a survey/feedback switch keeps the roles the new kind offers, the id as its id', () => {
    const mine = replaceColumn(replaceColumn(edited(), 0, { header: 'Respondent ID', index: 0, role: 'ignore' }), 1, {
      header: 'Country',
      index: 1,
      role: 'respondent_id',
    })
    const feedback = table('feedback', 1, [
      { header: 'Respondent ID', role: 'account_id' },
      { header: 'Country', role: 'channel' },
      { header: 'Plan satisfaction', role: 'rating' },
      { header: 'Anything else?', role: 'text', textKind: 'notes' },
    ])
    const out = carryEdits(inferred, mine, feedback)
    expect(out.kind).toBe('feedback')
    expect(out.columns.map((c) => c.role)).toEqual(['ignore', 'account_id', 'rating', 'text'])
    // Reordered Likert levels have no place in a feedback table: the inferred rating stays;
    // the free-text edit keeps the researcher's text kind.
    expect(out.columns[2]).toEqual(feedback.columns[2])
    expect(out.columns[3]).toMatchObject({ textKind: 'answer' })
    expect(parseMapping(out).ok).toBe(true)
  })

  it('an id the researcher chose wins over an id the new preview inferred elsewhere', () => {
    const mine = replaceColumn(inferred, 1, { header: 'Country', index: 1, role: 'respondent_id' })
    const mineToo = replaceColumn(mine, 0, { header: 'Respondent ID', index: 0, role: 'category' })
    // Without the header row the service infers the id on the first column again.
    const off = table('survey', 0, [
      { header: 'Column 1', role: 'respondent_id' },
      { header: 'Column 2', role: 'category' },
      { header: 'Column 3', role: 'likert', levels: LEVELS },
      { header: 'Column 4', role: 'text', textKind: 'answer' },
    ])
    const out = carryEdits(inferred, mineToo, off)
    expect(out.columns.map((c) => c.role)).toEqual(['category', 'respondent_id', 'likert', 'text'])
    const onlyOne = carryEdits(inferred, mine, off)
    expect(onlyOne.columns.map((c) => c.role)).toEqual(['ignore', 'respondent_id', 'likert', 'text'])
    expect(parseMapping(onlyOne).ok).toBe(true)
  })
})
