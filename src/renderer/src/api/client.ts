/**
 * The renderer's only way to reach Needle's services. Feature hooks call `invoke` and `on`;
 * components never touch a transport. In Electron the preload's window.needle carries the
 * calls over IPC; in the browser edition the same calls go over loopback HTTP.
 */
import type { Channel, EventMap, EventName, InputOf, OutputOf } from '../../../shared/contract'
import type { ErrorPayload } from '../../../shared/errors'
import type { NeedleBridge } from './bridge'
import { httpBridge } from './httpTransport'

/** A failed call, carrying the service's payload so the UI can branch on code and details. */
export class ApiError extends Error {
  readonly payload: ErrorPayload
  constructor(payload: ErrorPayload) {
    super(payload.message)
    this.name = 'ApiError'
    this.payload = payload
  }
  get code() {
    return this.payload.code
  }
}

let bridge: NeedleBridge | null = null
function transport(): NeedleBridge {
  return (bridge ??= window.needle ?? httpBridge())
}

export async function invoke<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const result = await transport().invoke(channel, input)
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}

export function on<E extends EventName>(event: E, cb: (payload: EventMap[E]) => void): () => void {
  return transport().on(event, cb)
}
