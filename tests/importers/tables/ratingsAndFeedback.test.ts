/** Need ratings from importance/satisfaction pairs, and a CRM feedback table. */
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { previewTable } from '../../../src/main/importers/tables'
import { attributeValues, count, fixture, FIXTURES, newProject, runImport } from './harness'

const path = (name: string) => join(FIXTURES, name)

function ratings(p: ReturnType<typeof newProject>) {
  return p.db
    .prepare(
      `SELECT pa.label, c.name AS need, r.importance, r.satisfaction FROM ratings r
       JOIN participants pa ON pa.id = r.participant_id JOIN codes c ON c.id = r.code_id ORDER BY c.name, pa.label`,
    )
    .all()
}

describe('need ratings', () => {
  test('English pairs in three header styles, numbers and labels, blanks ignored', async () => {
    const preview = await previewTable(fixture('needs-en.csv'), path('needs-en.csv'))
    const needs = preview.mapping.columns.filter((c) => c.role === 'need_rating')
    expect(needs.map((c) => (c.role === 'need_rating' ? `${c.need}/${c.measure}` : ''))).toEqual([
      'Fast setup/importance',
      'Fast setup/satisfaction',
      'Offline access/importance',
      'Offline access/satisfaction',
      'exporting to PDF/importance',
      'exporting to PDF/satisfaction',
    ])
    const p = newProject()
    await runImport(p, path('needs-en.csv'), fixture('needs-en.csv'))
    expect(count(p, "SELECT count(*) FROM codes WHERE kind = 'need'")).toBe(3)
    expect(ratings(p)).toEqual([
      { label: 'n1', need: 'Fast setup', importance: 5, satisfaction: 2 },
      { label: 'n2', need: 'Fast setup', importance: 4, satisfaction: 4 },
      { label: 'n3', need: 'Fast setup', importance: 2, satisfaction: 5 },
      { label: 'n1', need: 'Offline access', importance: 4, satisfaction: 4 },
      { label: 'n2', need: 'Offline access', importance: 5, satisfaction: 1 },
      { label: 'n3', need: 'Offline access', importance: 1, satisfaction: 5 },
      { label: 'n1', need: 'exporting to PDF', importance: 4, satisfaction: 4 },
      { label: 'n3', need: 'exporting to PDF', importance: 5, satisfaction: 1 },
    ])
    expect(attributeValues(p, 'Role')).toEqual({ n1: 'Researcher', n2: 'Strategist', n3: 'Researcher' })
  })

  test('Arabic pairs with Arabic labels (harakat and hamza variants) become 1-5 ratings', async () => {
    const p = newProject()
    await runImport(p, path('needs-ar.csv'), fixture('needs-ar.csv'))
    expect(ratings(p)).toEqual([
      { label: 'a1', need: 'خدمة العملاء', importance: 4, satisfaction: 4 },
      { label: 'a2', need: 'خدمة العملاء', importance: 5, satisfaction: 2 },
      { label: 'a1', need: 'سرعة التوصيل', importance: 5, satisfaction: 1 },
      { label: 'a2', need: 'سرعة التوصيل', importance: 1, satisfaction: 5 },
    ])
  })

  test('an existing need code is reused, not duplicated', async () => {
    const p = newProject()
    p.db.prepare("INSERT INTO codes (name, kind, color, created_at) VALUES ('Fast setup', 'need', '#000', 'x')").run()
    await runImport(p, path('needs-en.csv'), fixture('needs-en.csv'))
    expect(count(p, "SELECT count(*) FROM codes WHERE name = 'Fast setup'")).toBe(1)
    expect(count(p, "SELECT count(*) FROM ratings r JOIN codes c ON c.id = r.code_id WHERE c.name = 'Fast setup'")).toBe(3)
  })
})

describe('feedback tables', () => {
  test('CRM export: accounts are participants, typed attributes, one document per note, dated', async () => {
    const preview = await previewTable(fixture('crm.csv'), path('crm.csv'))
    expect(preview.mapping.kind).toBe('feedback')
    expect(preview.mapping.columns.map((c) => c.role)).toEqual([
      'account_id',
      'date',
      'channel',
      'stage',
      'deal_value',
      'lost_reason',
      'rating',
      'text',
    ])
    const p = newProject()
    const out = await runImport(p, path('crm.csv'), fixture('crm.csv'))
    expect(out).toMatchObject({ kind: 'feedback', rows: 4, participants: 3, documents: 3 })
    expect(out.warnings.join('\n')).toMatch(/ACME-1 \(line 4\)/)
    expect(attributeValues(p, 'Deal Value')).toEqual({ 'ACME-1': '15000', 'GLOBEX-7': '4500', 'INITECH-3': '8000' })
    expect(attributeValues(p, 'Lost Reason')).toEqual({ 'GLOBEX-7': 'Price too high', 'INITECH-3': 'Chose a competitor' })
    expect(count(p, "SELECT count(*) FROM attributes WHERE name = 'Deal Value' AND type = 'number'")).toBe(1)
    const notes = p.db
      .prepare('SELECT d.occurred_at AS at, p.label FROM documents d JOIN participants p ON p.id = d.participant_id ORDER BY d.id')
      .all()
    expect(notes).toEqual([
      { at: '2024-01-15', label: 'ACME-1' },
      { at: '2024-02-03', label: 'GLOBEX-7' },
      { at: '2024-03-01', label: 'ACME-1' },
    ])
    expect(count(p, "SELECT count(*) FROM document_fts WHERE document_fts MATCH 'onboarding'")).toBe(1)
  })

  test('a saved mapping is honoured: roles, attribute names, and the kind come from it', async () => {
    const preview = await previewTable(fixture('crm.csv'), path('crm.csv'))
    const mapping = {
      ...preview.mapping,
      columns: preview.mapping.columns.map((c) =>
        c.header === 'Channel' ? { ...c, role: 'ignore' as const } : c.header === 'Lifecycle Stage' ? { ...c, attribute: 'Stage' } : c,
      ),
    }
    const p = newProject()
    await runImport(p, path('crm.csv'), fixture('crm.csv'), { mapping: JSON.parse(JSON.stringify(mapping)) })
    expect(count(p, "SELECT count(*) FROM attributes WHERE name = 'Channel'")).toBe(0)
    expect(attributeValues(p, 'Stage')).toMatchObject({ 'GLOBEX-7': 'Churned' })
    expect(JSON.parse(p.db.prepare('SELECT mapping FROM sources').pluck().get() as string).columns[2].role).toBe('ignore')
  })

  test('an invalid mapping is refused with the column at fault, before anything is written', async () => {
    const p = newProject()
    const bad = { kind: 'survey', headerRows: 1, delimiter: ',', columns: [{ header: 'Deal Value', role: 'deal_value' }] }
    await expect(runImport(p, path('crm.csv'), fixture('crm.csv'), { mapping: bad })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/crm\.csv.*"Deal Value": role deal_value is not available in a survey table/),
    })
    expect(count(p, 'SELECT count(*) FROM sources')).toBe(0)
  })
})
