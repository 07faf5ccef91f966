/**
 * Routes every way a File/Edit/View command can arrive to the same actions: the desktop
 * app's native menu ('menu.command' events) and, in the browser edition, the keyboard.
 */
import { useHotkeys } from '@mantine/hooks'
import { useEffect, useRef } from 'react'
import type { MenuCommand } from '../../../../shared/contract'
import { on } from '../../api/client'
import { useAppState, useLoadedState } from '../../app/appState'
import { hotkeyFor, type ShortcutAction } from '../../app/shortcuts'
import { redo, undo } from '../../app/undo'
import { useProjectActions, type ProjectActions } from '../project/ProjectActionsProvider'

type Settings = ReturnType<typeof useAppState>['updateSettings']

export function runMenuCommand(command: MenuCommand, actions: ProjectActions, updateSettings: Settings): void {
  switch (command) {
    case 'new':
      return void actions.newProject()
    case 'open':
      return void actions.openProject()
    case 'openSample':
      return void actions.openSample()
    case 'saveCopy':
      return void actions.saveCopy()
    case 'exportForSharing':
      return actions.exportForSharing()
    case 'close':
      return void actions.closeProject()
    case 'undo':
      return undo()
    case 'redo':
      return redo()
    case 'language.en':
    case 'language.ar':
      return void updateSettings({ language: command === 'language.ar' ? 'ar' : 'en' })
    case 'theme.light':
    case 'theme.dark':
    case 'theme.auto':
      return void updateSettings({ theme: command.slice('theme.'.length) as 'light' | 'dark' | 'auto' })
    default: {
      const unknown: never = command // a new MenuCommand must be routed here
      console.warn('[needle] unrouted menu command', unknown)
    }
  }
}

export function useCommandRouting(): void {
  const { edition } = useLoadedState()
  const { updateSettings } = useAppState()
  const actions = useProjectActions()
  // The subscription lives once; the latest actions are read through a ref.
  const latest = useRef({ actions, updateSettings })
  latest.current = { actions, updateSettings }

  useEffect(() => on('menu.command', ({ command }) => runMenuCommand(command, latest.current.actions, latest.current.updateSettings)), [])

  const shortcut = (action: ShortcutAction, command: MenuCommand): [string, () => void] => [
    hotkeyFor(action, edition),
    () => runMenuCommand(command, latest.current.actions, latest.current.updateSettings),
  ]
  // In the desktop app the native menu's accelerators fire these; handling them here too would run them twice.
  useHotkeys(
    edition === 'browser'
      ? [shortcut('new', 'new'), shortcut('open', 'open'), shortcut('saveCopy', 'saveCopy'), shortcut('close', 'close')]
      : [],
  )
}
