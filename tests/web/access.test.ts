/** Who gets in: only this launch's page, addressed by loopback name, with the token. */
import { networkInterfaces } from 'node:os'
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { invoke, raw, startFixture, type Fixture } from './helpers'

let fx: Fixture
beforeAll(async () => {
  fx = await startFixture()
})
afterAll(() => fx.cleanup())

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port })
    socket.setTimeout(2000)
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
    socket.once('timeout', () => {
      socket.destroy()
      resolve(false)
    })
  })
}

describe('browser edition access', () => {
  it('prints a loopback URL that carries a fresh 32-byte token', async () => {
    expect(fx.server.url).toBe(`http://127.0.0.1:${fx.server.port}/?token=${fx.server.token}`)
    expect(Buffer.from(fx.server.token, 'base64url')).toHaveLength(32)
    const other = await startFixture()
    try {
      expect(other.server.token).not.toBe(fx.server.token)
      expect(other.server.port).not.toBe(fx.server.port)
    } finally {
      await other.cleanup()
    }
  })

  it('refuses an API call without a token', async () => {
    const res = await fetch(`${fx.origin}/api/invoke/app.state`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    })
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({ ok: false })
  })

  it('refuses an API call with a wrong token, even one of the right length', async () => {
    const wrong = fx.server.token.slice(0, -1) + (fx.server.token.endsWith('A') ? 'B' : 'A')
    expect((await invoke(fx, 'app.state', {}, wrong)).status).toBe(401)
    expect((await invoke(fx, 'app.state', {}, 'x')).status).toBe(401)
  })

  it('refuses the event stream without the token', async () => {
    expect((await fetch(`${fx.origin}/api/events`)).status).toBe(401)
    expect((await fetch(`${fx.origin}/api/events?token=nope`)).status).toBe(401)
  })

  it('refuses a foreign Host header (DNS rebinding), even with the right token', async () => {
    const headers = { Host: 'evil.example', 'Content-Type': 'application/json', 'X-Needle-Token': fx.server.token }
    const api = await raw(fx.server.port, '/api/invoke/app.state', { method: 'POST', headers, body: '{}' })
    expect(api.status).toBe(403)
    expect(api.body).not.toContain('settings')
    const page = await raw(fx.server.port, '/', { headers: { Host: `evil.example:${fx.server.port}` } })
    expect(page.status).toBe(403)
    expect(page.body).not.toContain('<title>Needle')
    // The right name on the wrong port is foreign too.
    expect((await raw(fx.server.port, '/', { headers: { Host: '127.0.0.1:1' } })).status).toBe(403)
  })

  it('accepts localhost:<port> as well as 127.0.0.1:<port>', async () => {
    const res = await raw(fx.server.port, '/api/invoke/app.state', {
      method: 'POST',
      headers: { Host: `localhost:${fx.server.port}`, 'Content-Type': 'application/json', 'X-Needle-Token': fx.server.token },
      body: '{}',
    })
    expect(res.status).toBe(200)
    expect(JSON.parse(res.body)).toMatchObject({ ok: true })
  })

  it('refuses an API call sent by a page of another origin, even with the token', async () => {
    const res = await raw(fx.server.port, '/api/invoke/app.state', {
      method: 'POST',
      headers: { Origin: 'https://evil.example', 'Content-Type': 'application/json', 'X-Needle-Token': fx.server.token },
      body: '{}',
    })
    expect(res.status).toBe(403)
  })

  it('never sends CORS headers, not even to a preflight', async () => {
    const preflight = await raw(fx.server.port, '/api/invoke/app.state', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://evil.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'x-needle-token',
      },
    })
    expect(preflight.status).toBeGreaterThanOrEqual(400)
    const ok = await invoke(fx, 'app.state', {})
    for (const res of [preflight.headers, Object.fromEntries(ok.headers)]) {
      expect(Object.keys(res).filter((name) => name.toLowerCase().startsWith('access-control-'))).toEqual([])
    }
  })

  it('listens on 127.0.0.1 only', async () => {
    expect(await canConnect('127.0.0.1', fx.server.port)).toBe(true)
    const outside = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal)
      .map((a) => a!.address)
    for (const address of [...outside, '::1']) {
      expect(await canConnect(address, fx.server.port), `reachable on ${address}`).toBe(false)
    }
  })
})
