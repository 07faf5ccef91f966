/** The preload's window.needle, typed by the shared NeedleBridge that the HTTP client implements too. */
import type { NeedleBridge } from '../../../shared/bridge'

export type { NeedleBridge }

declare global {
  interface Window {
    needle?: NeedleBridge
  }
}
