/** A client with a valid token that trickles its body is answered 408 and cut off, not left holding a socket. */
import { connect } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { startFixture, type Fixture } from './helpers'

let fx: Fixture | null = null
afterEach(async () => {
  await fx?.cleanup()
  fx = null
})

/** Sends headers at once, then one byte of the body every `everyMs`; resolves with what came back and when the socket closed. */
function trickle(port: number, token: string, everyMs: number): Promise<{ response: string; closedAfterMs: number; bytesSent: number }> {
  return new Promise((resolve) => {
    const started = Date.now()
    const body = JSON.stringify({ path: '/tmp/x.needle', padding: 'x'.repeat(200) })
    const socket = connect(port, '127.0.0.1')
    let response = ''
    let sent = 0
    let timer: NodeJS.Timeout | undefined
    socket.on('connect', () => {
      socket.write(
        `POST /api/invoke/project.info HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n` +
          `X-Needle-Token: ${token}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
      )
      timer = setInterval(() => {
        if (sent < body.length && !socket.destroyed) socket.write(body[sent++])
      }, everyMs)
    })
    socket.on('data', (c) => (response += c.toString()))
    socket.on('error', () => {})
    socket.on('close', () => {
      clearInterval(timer)
      resolve({ response, closedAfterMs: Date.now() - started, bytesSent: sent })
    })
  })
}

describe('slow request bodies', () => {
  it('are answered 408 and the socket is closed once the body timeout passes', async () => {
    fx = await startFixture({ bodyTimeoutMs: 1_000 })
    const r = await trickle(fx.server.port, fx.server.token, 100)
    expect(r.response).toMatch(/^HTTP\/1\.1 408/)
    expect(r.response).toMatch(/did not arrive within 1 s/)
    expect(r.closedAfterMs).toBeGreaterThanOrEqual(900)
    expect(r.closedAfterMs).toBeLessThan(4_000)
    expect(r.bytesSent).toBeLessThan(100)
  })

  it('a body that arrives in time is served as usual', async () => {
    fx = await startFixture({ bodyTimeoutMs: 1_000 })
    const res = await fetch(`${fx.origin}/api/invoke/project.info`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Needle-Token': fx.server.token },
      body: '{}',
    })
    expect(res.status).toBe(200)
  })
})
