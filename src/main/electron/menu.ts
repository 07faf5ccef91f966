/**
 * The native menu, in the UI language. File actions run in main (they need native dialogs);
 * Undo/Redo ask main whether a text field has the focus (see editableFocus.ts); Language and
 * Theme are the renderer's to carry out, so they travel as menu.command events.
 *
 * Every accelerator is claimed once: Electron's Window menu role holds a Close item on Ctrl+W
 * (Windows, Linux), which used to win over Close Project and quit the app, so the Window menu
 * is spelled out here without it.
 */
import { basename } from 'node:path'
import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../shared/contract'
import type { Language, ThemeName } from '../../shared/domain'
import { translator } from './strings'

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
  /** The focused text field's own undo, or else the coding undo. */
  undo(): void
  redo(): void
  /** Sent to the renderer as a menu.command event. */
  command(command: MenuCommand): void
}

export function menuTemplate(
  state: MenuState,
  actions: MenuActions,
  platform: NodeJS.Platform = process.platform,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  const t = translator(state.language)
  const recent: MenuItemConstructorOptions[] = state.recent.length
    ? state.recent.map((path) => ({ label: basename(path), sublabel: path, toolTip: path, click: () => actions.openRecent(path) }))
    : [{ label: t('noRecent'), enabled: false }]

  const file: MenuItemConstructorOptions = {
    label: t('file'),
    submenu: [
      { label: t('newProject'), accelerator: 'CmdOrCtrl+N', click: () => actions.newProject() },
      { label: t('open'), accelerator: 'CmdOrCtrl+O', click: () => actions.openProject() },
      { label: t('openRecent'), submenu: recent },
      { label: t('openSample'), click: () => actions.openSample() },
      { type: 'separator' },
      { label: t('saveCopy'), accelerator: 'CmdOrCtrl+Shift+S', enabled: state.hasProject, click: () => actions.saveCopy() },
      // The sharing dialog (anonymise or not) is the renderer's; main only asks for it.
      { label: t('exportForSharing'), enabled: state.hasProject, click: () => actions.command('exportForSharing') },
      { label: t('closeProject'), accelerator: 'CmdOrCtrl+W', enabled: state.hasProject, click: () => actions.closeProject() },
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: t('quit') } as const]),
    ],
  }

  const edit: MenuItemConstructorOptions = {
    label: t('edit'),
    submenu: [
      { label: t('undo'), accelerator: 'CmdOrCtrl+Z', click: () => actions.undo() },
      { label: t('redo'), accelerator: 'CmdOrCtrl+Shift+Z', click: () => actions.redo() },
      ...(mac
        ? []
        : [
            {
              label: t('redo'),
              accelerator: 'Ctrl+Y',
              visible: false,
              acceleratorWorksWhenHidden: true,
              click: () => actions.redo(),
            } as const,
          ]),
      { type: 'separator' },
      { role: 'cut', label: t('cut') },
      { role: 'copy', label: t('copy') },
      { role: 'paste', label: t('paste') },
      { role: 'selectAll', label: t('selectAll') },
    ],
  }

  const radio = (label: string, checked: boolean, command: MenuCommand): MenuItemConstructorOptions => ({
    label,
    type: 'radio',
    checked,
    click: () => actions.command(command),
  })
  const view: MenuItemConstructorOptions = {
    label: t('view'),
    submenu: [
      {
        label: t('language'),
        submenu: [radio('English', state.language === 'en', 'language.en'), radio('العربية', state.language === 'ar', 'language.ar')],
      },
      {
        label: t('theme'),
        submenu: [
          radio(t('light'), state.theme === 'light', 'theme.light'),
          radio(t('dark'), state.theme === 'dark', 'theme.dark'),
          radio(t('system'), state.theme === 'auto', 'theme.auto'),
        ],
      },
      { type: 'separator' },
      { role: 'resetZoom', label: t('actualSize') },
      { role: 'zoomIn', label: t('zoomIn') },
      { role: 'zoomOut', label: t('zoomOut') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('fullScreen') },
      ...(state.dev ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  }

  // Not { role: 'windowMenu' }: on Windows and Linux it adds Close on Ctrl+W (see the comment at the top).
  const window: MenuItemConstructorOptions = {
    label: t('window'),
    submenu: [
      { role: 'minimize', label: t('minimize') },
      ...(mac
        ? [{ role: 'zoom', label: t('zoom') } as const, { type: 'separator' } as const, { role: 'front', label: t('front') } as const]
        : []),
    ],
  }

  return [...(mac ? [{ role: 'appMenu' } as const] : []), file, edit, view, window]
}

export function buildMenu(state: MenuState, actions: MenuActions): Menu {
  return Menu.buildFromTemplate(menuTemplate(state, actions))
}
