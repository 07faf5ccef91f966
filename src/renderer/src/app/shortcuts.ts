/**
 * Keyboard shortcuts for the File actions. The desktop app's native menu owns them there
 * (the renderer only shows them). In a browser, Ctrl/Cmd+N and Ctrl/Cmd+W open and close
 * browser windows before the page ever sees the key, so the browser edition adds Alt to
 * those two; Ctrl/Cmd+O and Ctrl/Cmd+Shift+S can be taken over by the page.
 */
import { useTranslation } from 'react-i18next'
import type { AppState } from '../../../shared/domain'

export type ShortcutAction = 'new' | 'open' | 'saveCopy' | 'close'

const DESKTOP: Record<ShortcutAction, string> = { new: 'mod+N', open: 'mod+O', saveCopy: 'mod+shift+S', close: 'mod+W' }
const BROWSER: Record<ShortcutAction, string> = { new: 'mod+alt+N', open: 'mod+O', saveCopy: 'mod+shift+S', close: 'mod+alt+W' }

export function hotkeyFor(action: ShortcutAction, edition: AppState['edition']): string {
  return (edition === 'desktop' ? DESKTOP : BROWSER)[action]
}

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

/** Splits a hotkey into the key caps a user presses, in this platform's and language's words. */
export function useKeyCaps(): (hotkey: string) => string[] {
  const { t } = useTranslation()
  return (hotkey) =>
    hotkey.split('+').map((part) => {
      switch (part) {
        case 'mod':
          return isMac ? t('keys.cmd') : t('keys.ctrl')
        case 'shift':
          return t('keys.shift')
        case 'alt':
          return isMac ? t('keys.option') : t('keys.alt')
        default:
          return part.toUpperCase()
      }
    })
}
