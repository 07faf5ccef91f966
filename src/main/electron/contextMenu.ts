/**
 * Right-click: spelling suggestions for a misspelled word, then Cut/Copy/Paste/Select All as the
 * spot allows (Chromium's editFlags say what is possible there). Built from the context-menu
 * event's parameters so the choice of items is testable without a window.
 */
import type { MenuItemConstructorOptions } from 'electron'
import type { Translate } from './strings'

/** The parts of Electron's ContextMenuParams this menu reads. */
export interface ContextParams {
  isEditable: boolean
  selectionText: string
  misspelledWord: string
  dictionarySuggestions: string[]
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean }
}

export interface ContextActions {
  replaceMisspelling(word: string): void
  addToDictionary(word: string): void
}

export function contextMenuTemplate(params: ContextParams, t: Translate, actions: ContextActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = []
  if (params.misspelledWord) {
    const suggestions = params.dictionarySuggestions.slice(0, 6)
    if (suggestions.length) items.push(...suggestions.map((word) => ({ label: word, click: () => actions.replaceMisspelling(word) })))
    else items.push({ label: t('noSuggestions'), enabled: false })
    items.push({ label: t('addToDictionary'), click: () => actions.addToDictionary(params.misspelledWord) }, { type: 'separator' })
  }
  const flags = params.editFlags
  if (params.isEditable) {
    items.push(
      { role: 'cut', label: t('cut'), enabled: flags.canCut },
      { role: 'copy', label: t('copy'), enabled: flags.canCopy },
      { role: 'paste', label: t('paste'), enabled: flags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: t('selectAll'), enabled: flags.canSelectAll },
    )
  } else if (params.selectionText.trim()) {
    items.push({ role: 'copy', label: t('copy'), enabled: flags.canCopy }, { role: 'selectAll', label: t('selectAll') })
  } else {
    items.push({ role: 'selectAll', label: t('selectAll'), enabled: flags.canSelectAll })
  }
  return items
}

/**
 * Whether Chromium's spellchecker may run. On macOS it is the system's own (no download). On
 * Windows and Linux Electron's spellchecker uses Hunspell dictionaries fetched from Google's CDN
 * on first use: an offline app that promises "no network" must not do that, and Needle ships no
 * dictionaries, so there it is off (no underlines, no suggestions) rather than calling out.
 */
export function spellcheckAllowed(platform: NodeJS.Platform = process.platform): boolean {
  return platform === 'darwin'
}
