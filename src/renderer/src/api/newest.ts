/**
 * Answers in the order they were asked. Two reloads of one list can cross on the way back (the
 * server answers each at once; a busy machine or link delivers the first one last), and a reload
 * asked before a change made here can arrive after it: applied blindly, the older answer wipes the
 * newer state (a highlight just made vanished that way). A view passes each request through take()
 * and uses only answers that are not STALE; a change made locally calls supersede().
 */
import { useMemo, useRef } from 'react'

export const STALE: unique symbol = Symbol('stale')

export interface Newest {
  /** The request's answer, or STALE when a newer request or a local change came after it was asked. */
  take<T>(request: Promise<T>): Promise<T | typeof STALE>
  /** A change made here: answers asked before it are stale. Says whether one was still on its way (then ask again). */
  supersede(): boolean
}

export function useNewest(): Newest {
  const ticket = useRef(0)
  const pending = useRef(0)
  return useMemo(
    () => ({
      async take<T>(request: Promise<T>) {
        const mine = ++ticket.current
        pending.current++
        try {
          const answer = await request
          return mine === ticket.current ? answer : STALE
        } finally {
          pending.current--
        }
      },
      supersede() {
        ticket.current++
        return pending.current > 0
      },
    }),
    [],
  )
}
