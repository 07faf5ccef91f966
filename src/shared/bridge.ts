/**
 * What the preload script puts on `window.needle` in the desktop app, and the shape the
 * renderer's browser-edition client (HTTP + Server-Sent Events) implements too, so the
 * renderer codes against one interface whatever the transport. Declare it in the renderer:
 *   declare global { interface Window { needle?: NeedleBridge } }
 */
import type { Channel, EventMap, EventName, InputOf, OutputOf } from './contract'
import type { Result } from './errors'

export interface NeedleBridge {
  /** Runs one command through main's dispatch. Never rejects for a command's own failure: that is {ok: false}. */
  invoke<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>>
  /** Listens to an event main pushes; returns the function that stops listening. */
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void
}

/** The IPC channel names the preload and the main process share (not part of the bridge itself). */
export const IPC_INVOKE = 'needle:invoke'
export const IPC_EVENT = 'needle:event'
