/**
 * project.openSample builds the sample with the builder the session's transport hands it
 * (src/main/sample codes through dispatch, so the project service cannot import it). Each
 * transport's session carries the real builder; a session without one says what to do.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { dispatch } from '../../src/main/dispatch'
import { createProject } from '../../src/main/db/open'
import { Session } from '../../src/main/session'
import { SettingsStore } from '../../src/main/services/settings/store'
import { tempDir } from '../helpers/tmp'

let saved: string | undefined
beforeEach(() => void (saved = process.env.NEEDLE_PROJECTS_DIR))
afterEach(() => {
  if (saved === undefined) delete process.env.NEEDLE_PROJECTS_DIR
  else process.env.NEEDLE_PROJECTS_DIR = saved
})

it('builds the sample once with the session’s builder, then opens the file it built', async () => {
  const dir = tempDir()
  process.env.NEEDLE_PROJECTS_DIR = join(dir, 'projects')
  const session = new Session('browser', new SettingsStore(join(dir, 'settings.json')))
  const built: string[] = []
  session.buildSample = async (path) => {
    built.push(path)
    createProject(path, 'Tidewater customer research (sample)').close()
  }
  const first = await dispatch(session, 'project.openSample', {})
  expect(first).toMatchObject({ ok: true, value: { name: 'Tidewater customer research (sample)' } })
  expect(built).toEqual([join(dir, 'projects', 'Sample project.needle')])
  await dispatch(session, 'project.openSample', {})
  expect(built).toHaveLength(1)
  session.closeProject()
})

it('says how to get a sample when the session has no builder and none was built', async () => {
  const dir = tempDir()
  process.env.NEEDLE_PROJECTS_DIR = join(dir, 'projects')
  const session = new Session('desktop', new SettingsStore(join(dir, 'settings.json')))
  const result = await dispatch(session, 'project.openSample', {})
  expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } })
  expect(!result.ok && result.error.message).toMatch(/needle demo/)
  expect(existsSync(join(dir, 'projects', 'Sample project.needle'))).toBe(false)
  expect(session.project).toBeNull()
})
