/**
 * Settings that cannot stop the app (a settings.json holding `[]` used to throw in the store's
 * constructor, so the desktop app showed no window), and the one-time move from ~/.config/needle
 * to the platform's places, on temporary folders.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MOVED_NOTE, moveLegacyHome, platformPlaces } from '../../src/main/services/settings/places'
import { SettingsStore } from '../../src/main/services/settings/store'
import { tempDir } from '../helpers/tmp'

describe('a malformed settings file', () => {
  for (const [what, text] of [
    ['an array', '[]'],
    ['null', 'null'],
    ['a string', '"dark"'],
    ['not JSON', '{"language": "ar",'],
  ] as const) {
    it(`holding ${what} is read as defaults and can be saved over`, () => {
      const file = join(tempDir(), 'settings.json')
      writeFileSync(file, text)
      const store = new SettingsStore(file)
      expect(store.get()).toMatchObject({ language: 'en', theme: 'auto', recent: [] })
      store.update({ language: 'ar' })
      expect(JSON.parse(readFileSync(file, 'utf8')).language).toBe('ar')
    })
  }

  it('keeps the valid fields of a half-wrong file', () => {
    const file = join(tempDir(), 'settings.json')
    writeFileSync(file, JSON.stringify({ language: 'ar', theme: 42, recent: 'nope' }))
    expect(new SettingsStore(file).get()).toMatchObject({ language: 'ar', theme: 'auto', recent: [] })
  })

  it('two holders of one file (window thread and session worker) do not undo each other', () => {
    const file = join(tempDir(), 'settings.json')
    const a = new SettingsStore(file)
    const b = new SettingsStore(file)
    a.update({ window: { width: 1000, height: 700 } })
    b.update({ language: 'ar' })
    a.reload()
    expect(a.get().language).toBe('ar')
    expect(a.window).toEqual({ width: 1000, height: 700 })
  })
})

describe('places', () => {
  it('are the platform folders, not one hidden folder everywhere', () => {
    expect(platformPlaces('win32', { APPDATA: 'C:\\Users\\r\\AppData\\Roaming' }, 'C:\\Users\\r').settingsDir).toBe(
      join('C:\\Users\\r\\AppData\\Roaming', 'Needle'),
    )
    expect(platformPlaces('darwin', {}, '/Users/r')).toEqual({
      settingsDir: join('/Users/r', 'Library', 'Application Support', 'Needle'),
      projectsDir: join('/Users/r', 'Documents', 'Needle'),
    })
    expect(platformPlaces('linux', {}, '/home/r').settingsDir).toBe(join('/home/r', '.config', 'Needle'))
  })
})

describe('moving ~/.config/needle over once', () => {
  function legacyFixture() {
    const root = tempDir()
    const legacy = join(root, 'dot-config', 'needle')
    mkdirSync(join(legacy, 'projects', 'Sample project.needle.backups'), { recursive: true })
    writeFileSync(join(legacy, 'projects', 'Study A.needle'), 'project A')
    writeFileSync(join(legacy, 'projects', 'Sample project.needle'), 'sample')
    writeFileSync(join(legacy, 'projects', 'Sample project.needle.backups', '2026-01-01.needle'), 'backup')
    const recent = [join(legacy, 'projects', 'Study A.needle'), '/elsewhere/Other.needle']
    writeFileSync(join(legacy, 'settings.json'), JSON.stringify({ language: 'ar', recent }))
    const places = { settingsDir: join(root, 'userData'), projectsDir: join(root, 'Documents', 'Needle') }
    return { root, legacy, places }
  }

  it('moves settings and projects, repoints recent projects, and leaves a note', () => {
    const { legacy, places } = legacyFixture()
    const report = moveLegacyHome(legacy, places)
    expect(report.moved).toHaveLength(4)
    expect(readFileSync(join(places.projectsDir, 'Study A.needle'), 'utf8')).toBe('project A')
    expect(readFileSync(join(places.projectsDir, 'Sample project.needle.backups', '2026-01-01.needle'), 'utf8')).toBe('backup')
    expect(existsSync(join(legacy, 'projects', 'Study A.needle'))).toBe(false)
    const settings = new SettingsStore(join(places.settingsDir, 'settings.json')).get()
    expect(settings.language).toBe('ar')
    expect(settings.recent).toEqual([join(places.projectsDir, 'Study A.needle'), '/elsewhere/Other.needle'])
    expect(readFileSync(join(legacy, MOVED_NOTE), 'utf8')).toContain(join(places.projectsDir, 'Study A.needle'))
  })

  it('happens once, and never overwrites a file already in the new place', () => {
    const { legacy, places } = legacyFixture()
    mkdirSync(places.projectsDir, { recursive: true })
    writeFileSync(join(places.projectsDir, 'Study A.needle'), 'newer A')
    const first = moveLegacyHome(legacy, places)
    expect(first.kept).toEqual([join(legacy, 'projects', 'Study A.needle')])
    expect(readFileSync(join(places.projectsDir, 'Study A.needle'), 'utf8')).toBe('newer A')
    expect(readFileSync(join(legacy, 'projects', 'Study A.needle'), 'utf8')).toBe('project A')
    // A later start finds the note and moves nothing, even a file added to the old folder since.
    writeFileSync(join(legacy, 'projects', 'Late.needle'), 'late')
    expect(moveLegacyHome(legacy, places).moved).toEqual([])
    expect(existsSync(join(places.projectsDir, 'Late.needle'))).toBe(false)
  })

  it('does nothing when there is no old folder', () => {
    const root = tempDir()
    expect(moveLegacyHome(join(root, 'missing'), { settingsDir: join(root, 's'), projectsDir: join(root, 'p') })).toEqual({
      moved: [],
      kept: [],
    })
    expect(existsSync(join(root, 's'))).toBe(false)
  })
})

describe('the CLI', () => {
  it('moves ~/.config/needle to the platform places too, when no NEEDLE_HOME is set', () => {
    const home = tempDir()
    mkdirSync(join(home, '.config', 'needle', 'projects'), { recursive: true })
    writeFileSync(join(home, '.config', 'needle', 'projects', 'Old.needle'), 'x')
    writeFileSync(join(home, '.config', 'needle', 'settings.json'), JSON.stringify({ language: 'ar' }))
    const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config') }
    delete env.NEEDLE_HOME
    delete env.NEEDLE_PROJECTS_DIR
    const run = spawnSync(process.execPath, [join(process.cwd(), 'bin', 'needle.mjs'), 'codes', join(home, 'missing.needle')], {
      env,
      encoding: 'utf8',
    })
    expect(run.status).not.toBeNull()
    const places = platformPlaces(process.platform, env, home)
    expect(readFileSync(join(places.projectsDir, 'Old.needle'), 'utf8')).toBe('x')
    expect(JSON.parse(readFileSync(join(places.settingsDir, 'settings.json'), 'utf8')).language).toBe('ar')
  }, 120_000)
})
