/**
 * The desktop app's file choices go to the system's dialogs (dialog.pick) with the filters the
 * in-app picker would use. Electron cannot start on the test machine, so the dialog itself is
 * stood in for by the test (it records what it was asked and answers with a choice or a cancel);
 * everything after it is real: the channel's validation through dispatch, the session, and what
 * the app then does with the path (a real project file on disk).
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { call, dispatch } from '../../src/main/dispatch'
import { Session } from '../../src/main/session'
import { SettingsStore } from '../../src/main/services/settings/store'
import type { FilePickRequest } from '../../src/shared/domain'
import { fromNativePaths, pickNatively, toNativeRequest, usesNativeDialogs } from '../../src/renderer/src/features/files/nativePick'
import type { PickRequest } from '../../src/renderer/src/features/files/pickRequest'
import { IMPORTABLE_EXTENSIONS } from '../../src/renderer/src/features/import/importableFiles'
import en from '../../src/renderer/src/i18n/en.json'
import { tempDir } from '../helpers/tmp'

/** The English strings, looked up as i18next would ("picker.titleNew"). */
function t(key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en)
  if (typeof value !== 'string') throw new Error(`no English string for ${key}`)
  return value
}

/** A desktop session whose "system dialog" answers with `answer` and remembers what it was asked. */
function desktop(answer: (r: FilePickRequest) => string[]) {
  const dir = tempDir()
  const session = new Session('desktop', new SettingsStore(join(dir, 'settings.json')))
  const asked: FilePickRequest[] = []
  session.nativeDialogs = {
    pick: async (r) => {
      asked.push(r)
      return answer(r)
    },
  }
  const ask = (r: FilePickRequest) => call(session, 'dialog.pick', r)
  return { dir, session, asked, ask }
}

describe('native file dialogs in the desktop app', () => {
  it('are used by the desktop edition only; the browser edition keeps its in-app picker', async () => {
    expect(usesNativeDialogs('desktop')).toBe(true)
    expect(usesNativeDialogs('browser')).toBe(false)
    // The browser edition's session has no dialogs to show, and says so.
    const dir = tempDir()
    const browser = new Session('browser', new SettingsStore(join(dir, 'settings.json')))
    const refused = await dispatch(browser, 'dialog.pick', { mode: 'open' })
    expect(refused.ok).toBe(false)
  })

  it('asks with the filters the in-app picker uses, in requests the channel accepts', async () => {
    const d = desktop(() => [])
    const requests: PickRequest[] = [
      { mode: 'files', multiple: true, extensions: IMPORTABLE_EXTENSIONS, startDir: '/data/exports', title: t('import.picker.title') },
      { mode: 'files', extensions: ['png', 'jpg', 'jpeg', 'webp'], title: 'Choose a picture' },
      { mode: 'files', extensions: ['qdpx', 'qdc'] },
      { mode: 'open', startDir: '/data/projects' },
      { mode: 'new', suggestedName: t('picker.defaultName') },
      { mode: 'saveCopy', startDir: '/data/projects', suggestedName: 'Study (copy)' },
      { mode: 'saveFile', extension: 'json', startDir: '/data/exports', suggestedName: 'survey.mapping.json', title: 'Save the mapping' },
      { mode: 'saveFile', suggestedName: 'Personas' },
    ]
    for (const r of requests) await pickNatively(r, '/home/maya/Needle', t, d.ask)
    expect(d.asked).toEqual([
      {
        mode: 'open',
        title: 'Choose files to import',
        filters: [
          { name: '.txt .md .markdown .vtt .srt .docx .csv .tsv .tab', extensions: IMPORTABLE_EXTENSIONS },
          { name: 'All files', extensions: ['*'] },
        ],
        multiple: true,
        defaultPath: '/data/exports',
      },
      {
        mode: 'open',
        title: 'Choose a picture',
        filters: [
          { name: '.png .jpg .jpeg .webp', extensions: ['png', 'jpg', 'jpeg', 'webp'] },
          { name: 'All files', extensions: ['*'] },
        ],
        multiple: false,
        defaultPath: '/home/maya/Needle',
      },
      {
        mode: 'open',
        title: 'Open project',
        filters: [
          { name: '.qdpx .qdc', extensions: ['qdpx', 'qdc'] },
          { name: 'All files', extensions: ['*'] },
        ],
        multiple: false,
        defaultPath: '/home/maya/Needle',
      },
      { mode: 'open', title: 'Open project', filters: [{ name: 'Needle project', extensions: ['needle'] }], defaultPath: '/data/projects' },
      {
        mode: 'save',
        title: 'New project',
        filters: [{ name: 'Needle project', extensions: ['needle'] }],
        defaultPath: '/home/maya/Needle/Untitled study.needle',
      },
      {
        mode: 'save',
        title: 'Save a copy',
        filters: [{ name: 'Needle project', extensions: ['needle'] }],
        defaultPath: '/data/projects/Study (copy).needle',
      },
      {
        mode: 'save',
        title: 'Save the mapping',
        filters: [{ name: 'JSON', extensions: ['json'] }],
        defaultPath: '/data/exports/survey.mapping.json',
      },
      { mode: 'save', title: 'Save a copy', filters: [], defaultPath: '/home/maya/Needle/Personas' },
    ])
  })

  it('a cancelled dialog gives nothing, so nothing is created', async () => {
    const d = desktop(() => [])
    const path = await pickNatively({ mode: 'new', suggestedName: 'Study' }, d.dir, t, d.ask)
    expect(path).toBeNull()
    expect(await pickNatively({ mode: 'files', multiple: true, extensions: ['csv'] }, d.dir, t, d.ask)).toBeNull()
    expect(existsSync(join(d.dir, 'Study.needle'))).toBe(false)
    expect(d.session.project).toBeNull()
  })

  it('a chosen name becomes a real project, with .needle added as the in-app picker adds it', async () => {
    const d = desktop((r) => [(r.defaultPath ?? '').replace(/\.needle$/, '')])
    const [path] = (await pickNatively({ mode: 'new', suggestedName: 'Field study' }, d.dir, t, d.ask))!
    expect(path).toBe(join(d.dir, 'Field study.needle'))
    const summary = await call(d.session, 'project.create', { path })
    expect(summary.name).toBe('Field study')
    expect(existsSync(path)).toBe(true)
    d.session.closeProject()
  })

  it('answers with one path, or every path when several were asked for', () => {
    const three = ['/a/one.csv', '/a/two.csv', '/b/three.vtt']
    expect(fromNativePaths({ mode: 'files', multiple: true }, three)).toEqual(three)
    expect(fromNativePaths({ mode: 'files' }, three)).toEqual(['/a/one.csv'])
    expect(fromNativePaths({ mode: 'saveFile', extension: 'json' }, ['/a/survey.mapping'])).toEqual(['/a/survey.mapping.json'])
    expect(fromNativePaths({ mode: 'saveFile', extension: 'json' }, ['/a/survey.JSON'])).toEqual(['/a/survey.JSON'])
    expect(toNativeRequest({ mode: 'files' }, '/p', t)).toEqual({ mode: 'open', title: 'Open project', multiple: false, defaultPath: '/p' })
  })
})
