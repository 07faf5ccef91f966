/**
 * What the preload exposes on window.needle. The canonical type is NeedleBridge in
 * src/shared/bridge.ts (owned by the preload); this local copy keeps the renderer
 * compiling until it lands and must stay structurally identical to it.
 */
import type { Channel, EventMap, EventName } from '../../../shared/contract'
import type { Result } from '../../../shared/errors'

export interface NeedleBridge {
  invoke(channel: Channel, input: unknown): Promise<Result<unknown>>
  on<E extends EventName>(event: E, cb: (payload: EventMap[E]) => void): () => void
}

declare global {
  interface Window {
    needle?: NeedleBridge
  }
}
