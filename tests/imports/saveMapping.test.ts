/** import.saveMapping: what the app's "Save mapping…" writes must be what the CLI's --mapping reads. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { call, dispatch } from '../../src/main/dispatch'
import { Session } from '../../src/main/session'
import { SettingsStore } from '../../src/main/services/settings/store'
import { parseMapping } from '../../src/shared/import/mapping'
import { tempDir } from '../helpers/tmp'

function session(dir: string) {
  return new Session('browser', new SettingsStore(join(dir, 'settings.json')), () => {})
}

const MAPPING = {
  kind: 'survey',
  headerRows: 1,
  delimiter: ',',
  columns: [
    { header: 'Respondent', role: 'respondent_id' },
    {
      header: 'Plan',
      role: 'likert',
      levels: [
        { label: 'Low', value: 1 },
        { label: 'High', value: 5 },
      ],
    },
  ],
}

describe('import.saveMapping', () => {
  it('writes a valid mapping that parses back, replacing an older file', async () => {
    const dir = tempDir()
    const path = join(dir, 'mapping.json')
    writeFileSync(path, 'old')
    const s = session(dir)
    expect(await call(s, 'import.saveMapping', { path, mapping: MAPPING })).toEqual({ path })
    const back = parseMapping(JSON.parse(readFileSync(path, 'utf8')))
    expect(back.ok && back.mapping.columns.map((c) => c.role)).toEqual(['respondent_id', 'likert'])
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('refuses an invalid mapping and writes nothing', async () => {
    const dir = tempDir()
    const path = join(dir, 'bad.json')
    const r = await dispatch(session(dir), 'import.saveMapping', {
      path,
      mapping: { ...MAPPING, columns: [{ header: 'A', role: 'deal_value' }] },
    })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.message).toMatch(/deal_value is not available in a survey/)
    expect(existsSync(path)).toBe(false)
  })

  it('names the path when the folder does not exist', async () => {
    const dir = tempDir()
    const r = await dispatch(session(dir), 'import.saveMapping', { path: join(dir, 'nope', 'm.json'), mapping: MAPPING })
    expect(!r.ok && r.error.message).toMatch(/nope/)
  })
})
