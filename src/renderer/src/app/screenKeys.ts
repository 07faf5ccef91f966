/**
 * Keys that go to a screen: press G, then the screen's letter (as in Gmail or GitHub). A
 * two-key sequence without modifiers clashes with no browser or OS shortcut, unlike Alt+digit
 * (tabs in Chrome on Linux) or Ctrl+digit (tabs everywhere), and works the same in Arabic
 * layouts because it reads the physical key (event.code).
 */
export const SCREEN_KEYS: Record<string, string> = {
  start: 'H',
  overview: 'O',
  sources: 'S',
  coding: 'C',
  search: 'F',
  codebook: 'B',
  autocode: 'A',
  segments: 'G',
  scores: 'R',
  charts: 'V',
  personas: 'P',
  team: 'T',
}

/** How long after G the second key still counts. */
export const SEQUENCE_MS = 1500

let armedAt = 0

/** Records a press of G (or clears it): the next key within SEQUENCE_MS goes to a screen. */
export function armSequence(on: boolean): void {
  armedAt = on ? Date.now() : 0
}

/** True right after G: the next key belongs to navigation, not to the screen under it. */
export function sequencePending(): boolean {
  return armedAt > 0 && Date.now() - armedAt < SEQUENCE_MS
}

/** The screen a physical key (KeyboardEvent.code, e.g. "KeyO") leads to after G, if any. */
export function screenForCode(code: string): string | undefined {
  if (!code.startsWith('Key')) return undefined
  const letter = code.slice(3)
  return Object.keys(SCREEN_KEYS).find((id) => SCREEN_KEYS[id] === letter)
}

/** True when a key press belongs to what the user is typing, not to the app. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  if (!el || !el.closest) return false
  // The reader's text takes a caret but cannot be typed into: its keys stay the app's.
  return Boolean(el.closest('input, textarea, select, [contenteditable="true"]:not([aria-readonly="true"])'))
}
