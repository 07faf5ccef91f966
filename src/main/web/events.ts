/**
 * Server-Sent Events: the browser edition's counterpart of webContents.send. Every open
 * page gets every event of the server's one Session (they all look at the same project).
 */
import type { ServerResponse } from 'node:http'
import type { EventMap, EventName } from '../../shared/contract'

/** Proxies drop idle connections; a comment line now and then keeps the stream open. */
const KEEPALIVE_MS = 25_000

export class EventHub {
  private readonly clients = new Set<ServerResponse>()
  private readonly timer: NodeJS.Timeout

  constructor() {
    this.timer = setInterval(() => this.write(': keepalive\n\n'), KEEPALIVE_MS)
    this.timer.unref()
  }

  attach(res: ServerResponse, headers: Record<string, string>): void {
    res.writeHead(200, {
      ...headers,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    })
    // The first bytes tell EventSource the stream is open (its onopen fires), and how long to wait before reconnecting.
    res.write('retry: 2000\n: connected\n\n')
    this.clients.add(res)
    res.on('close', () => this.clients.delete(res))
  }

  emit<E extends EventName>(event: E, payload: EventMap[E]): void {
    // JSON.stringify never emits a raw newline, so one data: line always carries the whole payload.
    this.write(`event: ${event}\ndata: ${JSON.stringify(payload ?? null)}\n\n`)
  }

  get size(): number {
    return this.clients.size
  }

  close(): void {
    clearInterval(this.timer)
    for (const res of this.clients) res.end()
    this.clients.clear()
  }

  private write(chunk: string): void {
    for (const res of this.clients) if (!res.writableEnded) res.write(chunk)
  }
}
