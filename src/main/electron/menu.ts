/**
 * The native menu. File actions run in main (they need native dialogs); Undo/Redo,
 * Language and Theme are the renderer's to carry out, so they travel as menu.command events.
 */
import { basename } from 'node:path'
import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../shared/contract'
import type { Language, ThemeName } from '../../shared/domain'

export interface MenuState {
  recent: string[]
  hasProject: boolean
  language: Language
  theme: ThemeName
  /** Reload and developer tools, for people working on Needle itself. */
  dev: boolean
}

export interface MenuActions {
  newProject(): void
  openProject(): void
  openRecent(path: string): void
  openSample(): void
  saveCopy(): void
  closeProject(): void
  /** Sent to the renderer as a menu.command event. */
  command(command: MenuCommand): void
}

export function buildMenu(state: MenuState, actions: MenuActions): Menu {
  const mac = process.platform === 'darwin'
  const recent: MenuItemConstructorOptions[] = state.recent.length
    ? state.recent.map((path) => ({ label: basename(path), sublabel: path, toolTip: path, click: () => actions.openRecent(path) }))
    : [{ label: 'No recent projects', enabled: false }]

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New Project…', accelerator: 'CmdOrCtrl+N', click: () => actions.newProject() },
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => actions.openProject() },
      { label: 'Open Recent', submenu: recent },
      { label: 'Open Sample Project', click: () => actions.openSample() },
      { type: 'separator' },
      { label: 'Save a Copy…', accelerator: 'CmdOrCtrl+Shift+S', enabled: state.hasProject, click: () => actions.saveCopy() },
      // The sharing dialog (anonymise or not) is the renderer's; main only asks for it.
      { label: 'Export for Sharing…', enabled: state.hasProject, click: () => actions.command('exportForSharing') },
      { label: 'Close Project', accelerator: 'CmdOrCtrl+W', enabled: state.hasProject, click: () => actions.closeProject() },
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  }

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      // The renderer decides what to undo: the text field being edited, or the last coding action.
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => actions.command('undo') },
      { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: () => actions.command('redo') },
      ...(mac
        ? []
        : [
            {
              label: 'Redo',
              accelerator: 'Ctrl+Y',
              visible: false,
              acceleratorWorksWhenHidden: true,
              click: () => actions.command('redo'),
            } as const,
          ]),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  }

  const radio = (label: string, checked: boolean, command: MenuCommand): MenuItemConstructorOptions => ({
    label,
    type: 'radio',
    checked,
    click: () => actions.command(command),
  })
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      {
        label: 'Language',
        submenu: [radio('English', state.language === 'en', 'language.en'), radio('العربية', state.language === 'ar', 'language.ar')],
      },
      {
        label: 'Theme',
        submenu: [
          radio('Light', state.theme === 'light', 'theme.light'),
          radio('Dark', state.theme === 'dark', 'theme.dark'),
          radio('System', state.theme === 'auto', 'theme.auto'),
        ],
      },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(state.dev ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  }

  const template: MenuItemConstructorOptions[] = [...(mac ? [{ role: 'appMenu' } as const] : []), file, edit, view, { role: 'windowMenu' }]
  return Menu.buildFromTemplate(template)
}
