/** The browser edition's transport: the same Result envelope over loopback HTTP and SSE. */
import type { Channel, EventMap, EventName, InputOf, OutputOf } from '../../../shared/contract'
import type { Result } from '../../../shared/errors'
import type { NeedleBridge } from './bridge'
import { takeToken } from './token'

export function httpBridge(): NeedleBridge {
  const token = takeToken() ?? ''
  const listeners = new Map<string, Set<(payload: never) => void>>()
  let source: EventSource | null = null

  // One EventSource for all listeners, opened lazily; each event name gets one DOM listener.
  function ensureListening(event: string) {
    source ??= new EventSource(`/api/events?token=${encodeURIComponent(token)}`)
    if (listeners.has(event)) return
    listeners.set(event, new Set())
    source.addEventListener(event, (msg) => {
      let payload: unknown
      try {
        payload = JSON.parse((msg as MessageEvent<string>).data)
      } catch {
        return
      }
      for (const cb of listeners.get(event) ?? []) cb(payload as never)
    })
  }

  return {
    async invoke<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>> {
      let res: Response
      try {
        res = await fetch(`/api/invoke/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Needle-Token': token },
          body: JSON.stringify(input ?? {}),
        })
      } catch {
        return { ok: false, error: { code: 'internal', message: 'Needle is not reachable.', details: { unreachable: true } } }
      }
      try {
        // Refusals (401 token, 403 host…) come back Result-shaped too, so one read covers both.
        return (await res.json()) as Result<OutputOf<C>>
      } catch {
        return { ok: false, error: { code: 'internal', message: `HTTP ${res.status}` } }
      }
    },
    on<E extends EventName>(event: E, cb: (payload: EventMap[E]) => void) {
      ensureListening(event)
      const set = listeners.get(event)!
      set.add(cb as (payload: never) => void)
      return () => set.delete(cb as (payload: never) => void)
    },
  }
}
