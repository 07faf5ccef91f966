/**
 * Repeated rows in an event log are rows equal in every column, not only in the columns mapped
 * to who/when/what: complaints that share company, date and product but differ in their
 * complaint id are different complaints.
 */
import { readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { hasRealData, realFile } from '../helpers/realData'
import { newProject, runImport } from '../importers/tables/harness'

const enc = (s: string) => new TextEncoder().encode(s)

/** Fixed-seed log: many rows alike in the mapped columns but with distinct ticket ids, and `planted` exact copies. */
function logWithCopies(planted: number): { csv: string; firstCopy: [number, number] } {
  let seed = 11
  const rand = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32
  const lines = ['customer_id,date,event,ref_no,zip']
  for (let i = 0; i < 600; i++) {
    // 20 customers × 3 days × 2 types: every mapped combination recurs ~5 times, reference numbers never do.
    lines.push(
      `C${i % 20},2024-03-0${1 + (i % 3)},${rand() < 0.5 ? 'Complaint' : 'Refund'},T${100000 + i},${10000 + Math.floor(rand() * 90000)}`,
    )
  }
  // Exact copies of rows 10, 20, … (file lines 11, 21, …), appended at the end.
  for (let k = 1; k <= planted; k++) lines.push(lines[k * 10])
  return { csv: lines.join('\n') + '\n', firstCopy: [11, 602] }
}

describe('duplicate rows in an event log', () => {
  it('raises no alarm for rows that differ only in columns the mapping leaves out', async () => {
    const out = await runImport(newProject(), 'tickets.csv', enc(logWithCopies(0).csv), { kind: 'events' })
    expect(out.rows).toBe(600)
    expect(out.warnings.join(' ')).not.toMatch(/repeat/)
  })

  it('counts the planted exact copies, naming the first pair', async () => {
    const { csv, firstCopy } = logWithCopies(7)
    const out = await runImport(newProject(), 'tickets.csv', enc(csv), { kind: 'events' })
    expect(out.rows).toBe(607)
    expect(out.warnings.join(' ')).toMatch(
      new RegExp(`7 rows repeat another row exactly, in every column \\(e\\.g\\. rows ${firstCopy[0]} and ${firstCopy[1]}\\)`),
    )
  })
})

describe.skipIf(!hasRealData)('the real CFPB complaints export as an event log', () => {
  it('has no repeated rows, so Needle reports none', async () => {
    const file = realFile('feedback', 'cfpb_consumer_complaints_2023_subset', 'Consumer_Complaints.csv')
    const bytes = readFileSync(file)
    // Every complaint has its own Complaint_ID, so no two rows can be equal in every column.
    const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8'), { header: true, skipEmptyLines: true })
    const ids = parsed.data.map((r) => r.Complaint_ID)
    expect(new Set(ids).size).toBe(ids.length)
    const out = await runImport(newProject(), 'Consumer_Complaints.csv', new Uint8Array(bytes), { kind: 'events', skipBadRows: true })
    expect(out.rows).toBeGreaterThan(3900)
    expect(out.warnings.join(' ')).not.toMatch(/repeat/)
  }, 60_000)
})
