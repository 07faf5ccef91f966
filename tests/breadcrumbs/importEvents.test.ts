/** Event logs come in as events: every row kept, joined to customers by id, dates as real exports write them. */
import { describe, expect, it } from 'vitest'
import { syntheticEventLog } from '../../src/main/services/breadcrumbs/synthetic'
import { readEventDate } from '../../src/main/importers/events/dates'
import { count, newProject, runImport, writtenCounts } from '../importers/tables/harness'

const enc = (s: string) => new TextEncoder().encode(s)

describe('event dates', () => {
  it.each([
    ['2024-03-05', 'mdy', '2024-03-05'],
    ['2024-03-05T10:07:00+03:00', 'ymd', '2024-03-05T10:07:00+03:00'],
    ['2024-03-05 10:07:09Z', 'ymd', '2024-03-05T10:07:09Z'],
    ['03/05/2024 2:15 PM', 'mdy', '2024-03-05T14:15:00'],
    ['05/03/2024', 'dmy', '2024-03-05'],
    ['45356', 'ymd', '2024-03-05'],
    ['5 Mar 2024', 'ymd', '2024-03-05'],
    ['05-Mar-24', 'dmy', '2024-03-05'],
    ['2024/03/05 10:07', 'dmy', '2024-03-05T10:07:00'],
    ['٢٠٢٤-٠٣-٠٥', 'ymd', '2024-03-05'],
    ['٠٥/٠٣/٢٠٢٤', 'dmy', '2024-03-05'],
  ] as const)('reads %s', (cell, order, iso) => {
    expect(readEventDate(cell, order).date?.iso).toBe(iso)
  })
  it('refuses dates that do not exist', () => {
    expect(readEventDate('2024-02-30', 'ymd').date).toBeNull()
    expect(readEventDate('13/13/2024', 'dmy').date).toBeNull()
  })
})

describe('importing an event log', () => {
  it('keeps every row as an event, joined to the customers a survey imported, with ticket text as dated documents', async () => {
    const project = newProject()
    await runImport(project, 'customers.csv', enc('customer_id,plan\nC001,Pro\nC002,Basic\n'), { kind: 'survey' })
    const csv =
      'customer_id,date,event,channel,amount,text\n' +
      'C001,2024-01-02,Signed up,web,,\n' +
      'C001,2024-02-10,Payment failed,billing,49.00,\n' +
      'C001,2024-02-11,Support ticket,email,,"The invoice was wrong, again"\n' +
      'C002,2024-01-05,Signed up,web,,\n' +
      'C002,2024-01-05,Logged in,app,,\n' +
      'C002,2024-01-05,Logged in,app,,\n'
    const out = await runImport(project, 'events.csv', enc(csv), { kind: 'events' })
    expect(out.kind).toBe('events')
    expect(out.rows).toBe(6)
    expect(count(project, 'SELECT count(*) FROM events')).toBe(6)
    expect(count(project, 'SELECT count(*) FROM participants')).toBe(2)
    expect(count(project, `SELECT amount FROM events WHERE type = 'Payment failed'`)).toBe(49)
    const doc = project.db
      .prepare(
        `SELECT d.text, d.occurred_at AS at, p.label FROM events e JOIN documents d ON d.id = e.document_id JOIN participants p ON p.id = d.participant_id`,
      )
      .get() as { text: string; at: string; label: string }
    expect(doc).toEqual({ text: 'The invoice was wrong, again', at: '2024-02-11', label: 'C001' })
    // The ticket is searchable like any other text.
    expect(count(project, `SELECT count(*) FROM document_fts WHERE document_fts MATCH 'invoice'`)).toBe(1)
    // The two identical logins are both kept, and said.
    expect(out.warnings.join(' ')).toMatch(/1 row repeats another row exactly, in every column \(e\.g\. rows 6 and 7\)/)
  })

  it('counts every repeated row of a log whose export doubled part of it, naming the first pair, and leaves the project no scratch tables', async () => {
    const project = newProject()
    const log = syntheticEventLog({ customers: 400, seed: 5, loginsPerMonth: 0 })
    const lines = log.csv.trimEnd().split('\n')
    // Rows 2-1001 of the file appear again at its end: 1,000 repeats, the first being row 2 (again at the first copied line).
    const doubled = [...lines, ...lines.slice(1, 1001)].join('\n') + '\n'
    const out = await runImport(project, 'doubled.csv', enc(doubled), { kind: 'events' })
    expect(out.rows).toBe(log.rows + 1000)
    const firstCopy = lines.length + 1
    expect(out.warnings.join(' ')).toMatch(
      new RegExp(`1000 rows repeat another row exactly, in every column \\(e\\.g\\. rows 2 and ${firstCopy}\\)`),
    )
    // The repeat check's bookkeeping lives in SQLite's temp database for the import only.
    expect(count(project, "SELECT count(*) FROM temp.sqlite_master WHERE name LIKE 'needle_import_%'")).toBe(0)
    // The same rows once, in a new project: no repeats said (without logins, no two rows of this log are the same).
    const once = await runImport(newProject(), 'once.csv', enc(log.csv), { kind: 'events' })
    expect(once.warnings.join(' ')).not.toMatch(/repeat/)
  })

  it('infers who, when and what without being told the kind', async () => {
    const project = newProject()
    const log = syntheticEventLog({ customers: 30, seed: 3 })
    const out = await runImport(project, 'log.csv', enc(log.csv))
    expect(out.kind).toBe('events')
    expect(out.rows).toBe(log.rows)
  })

  it('decides day-first over the whole column, even when the first thousand rows could be either', async () => {
    const project = newProject()
    const rows = ['who,when,event']
    for (let i = 0; i < 1500; i++) rows.push(`A${i % 40},0${1 + (i % 9)}/0${1 + (i % 3)}/2024,Logged in`)
    rows.push('A1,25/03/2024,Subscription cancelled')
    const out = await runImport(project, 'eu.csv', enc(rows.join('\n')), { kind: 'events' })
    expect(out.warnings.join(' ')).toMatch(/day-first .*row 1502/)
    // Every ambiguous cell is re-read day-first: "02/02/2024" stays, "03/03", but row 5's "04/01/2024" is 4 January.
    expect(project.db.prepare(`SELECT at FROM events WHERE row_number = 3`).pluck().get()).toBe('2024-02-02')
    expect(project.db.prepare(`SELECT at FROM events WHERE row_number = 2`).pluck().get()).toBe('2024-01-01')
    expect(project.db.prepare(`SELECT at FROM events WHERE row_number = 4`).pluck().get()).toBe('2024-03-03')
    expect(project.db.prepare(`SELECT at FROM events WHERE row_number = 5`).pluck().get()).toBe('2024-01-04')
  })

  it('refuses a file with an unreadable date or a missing id, naming the row, and imports nothing', async () => {
    const project = newProject()
    const before = writtenCounts(project)
    const csv = 'customer_id,date,event\nC1,2024-01-02,Signed up\nC2,someday,Signed up\n,2024-01-03,Logged in\n'
    await expect(runImport(project, 'bad.csv', enc(csv), { kind: 'events' })).rejects.toThrow(
      /bad\.csv: 2 rows cannot be read \(row 3: "someday" in "date" is not a date .*; row 4: no customer id in "customer_id"\)\. Nothing was imported/,
    )
    expect(writtenCounts(project)).toEqual(before)
    expect(count(project, 'SELECT count(*) FROM events')).toBe(0)
  })

  it('refuses a column that mixes day-first and month-first dates', async () => {
    const project = newProject()
    const csv = 'customer_id,date,event\nC1,13/01/2024,Signed up\nC1,01/13/2024,Logged in\n'
    await expect(runImport(project, 'mixed.csv', enc(csv), { kind: 'events' })).rejects.toThrow(/mix day-first and month-first: row \d/)
    expect(count(project, 'SELECT count(*) FROM events')).toBe(0)
  })

  it('says which ids are new to a project that has customers, and which events come before sign-up', async () => {
    const project = newProject()
    await runImport(project, 'customers.csv', enc('customer_id,plan\nC001,Pro\n'), { kind: 'survey' })
    const csv = 'customer_id,date,event\nC001,2024-01-10,Signed up\nC001,2024-01-02,Logged in\nC999,2024-01-05,Logged in\n'
    const out = await runImport(project, 'events.csv', enc(csv), { kind: 'events' })
    const text = out.warnings.join(' ')
    expect(text).toMatch(/1 customer id is not in the project yet .*C999 \(row 4\)/)
    expect(text).toMatch(/1 event is dated before the customer signed up \(e\.g\. row 3\)/)
  })
})

describe('attributes that change over time', () => {
  it('keeps the latest-dated row of a customer, not the last row of a newest-first export', async () => {
    const project = newProject()
    const csv =
      'account_id,updated,stage,channel\nA1,2024-05-01,Churned,email\nA1,2024-02-01,Active,email\nA1,2024-01-01,Onboarding,email\n'
    await runImport(project, 'crm.csv', enc(csv), { kind: 'feedback' })
    const stage = project.db
      .prepare(`SELECT pa.value FROM participant_attributes pa JOIN attributes a ON a.id = pa.attribute_id WHERE a.name = 'stage'`)
      .pluck()
      .get()
    expect(stage).toBe('Churned')
  })

  it('warns when ids repeat and there is no date to say which row is current', async () => {
    const project = newProject()
    const out = await runImport(project, 'crm.csv', enc('account_id,stage,channel,notes\nA1,Churned,email,x\nA1,Active,email,y\n'), {
      kind: 'feedback',
    })
    expect(out.warnings.join(' ')).toMatch(/no date column, so each value is the one on the participant's last row/)
  })
})
