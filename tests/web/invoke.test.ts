/** The API: commands go through dispatch, events come back as Server-Sent Events. */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { invoke, raw, startFixture, type Fixture } from './helpers'

let fx: Fixture
beforeAll(async () => {
  fx = await startFixture()
})
afterAll(() => fx.cleanup())

/** Collects Server-Sent Events from the real stream until `until` returns true. */
async function openEvents(f: Fixture) {
  const controller = new AbortController()
  const res = await fetch(`${f.origin}/api/events?token=${f.server.token}`, { signal: controller.signal })
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/)
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  const events: { event: string; data: unknown }[] = []
  async function next(): Promise<{ event: string; data: unknown }> {
    for (;;) {
      const end = buffer.indexOf('\n\n')
      if (end >= 0) {
        const block = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const event = /^event: (.*)$/m.exec(block)?.[1]
        const data = /^data: (.*)$/m.exec(block)?.[1]
        if (event && data !== undefined) {
          const parsed = { event, data: JSON.parse(data) }
          events.push(parsed)
          return parsed
        }
        continue
      }
      const { value, done } = await reader.read()
      if (done) throw new Error('event stream ended')
      buffer += value
    }
  }
  return { next, events, close: () => controller.abort() }
}

describe('POST /api/invoke/<channel>', () => {
  it('answers app.state for the browser edition', async () => {
    const res = await invoke(fx, 'app.state', {})
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    const body = await res.json()
    expect(body).toMatchObject({ ok: true, value: { edition: 'browser', project: null } })
    expect(body.value.settings.language).toMatch(/^(en|ar)$/)
  })

  it('returns invalid input as an error result with HTTP 200', async () => {
    const res = await invoke(fx, 'settings.update', { language: 'klingon' })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    const unknown = await invoke(fx, 'no.such.command', {})
    expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })

  it('keeps settings changed through the API in the settings file of NEEDLE_HOME', async () => {
    const res = await invoke(fx, 'settings.update', { language: 'ar' })
    expect(await res.json()).toMatchObject({ ok: true, value: { language: 'ar' } })
    expect(existsSync(join(fx.home, 'settings.json'))).toBe(true)
  })

  it('refuses a body that is not JSON by Content-Type (415) or by content (400)', async () => {
    const text = await fetch(`${fx.origin}/api/invoke/app.state`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', 'X-Needle-Token': fx.server.token },
      body: '{}',
    })
    expect(text.status).toBe(415)
    const broken = await fetch(`${fx.origin}/api/invoke/app.state`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'X-Needle-Token': fx.server.token },
      body: '{"oops',
    })
    expect(broken.status).toBe(400)
    expect(await broken.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })

  it('refuses a body over 10 MB with 413', async () => {
    const big = JSON.stringify({ path: 'x'.repeat(10 * 1024 * 1024 + 10) })
    const res = await invoke(fx, 'project.open', JSON.parse(big))
    expect(res.status).toBe(413)
    // And without a Content-Length up front (chunked): counted while reading.
    const chunked = await raw(fx.server.port, '/api/invoke/project.open', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Needle-Token': fx.server.token, 'Transfer-Encoding': 'chunked' },
      body: big,
    })
    expect(chunked.status).toBe(413)
  })

  it('answers 404 for an unknown API path and 405 for the wrong method', async () => {
    const headers = { 'X-Needle-Token': fx.server.token }
    expect((await fetch(`${fx.origin}/api/nothing`, { headers })).status).toBe(404)
    expect((await fetch(`${fx.origin}/api/invoke/app.state`, { headers })).status).toBe(405)
  })

  it('creates a project and streams project.changed to an open page', async () => {
    const stream = await openEvents(fx)
    try {
      const path = join(fx.home, 'Study.needle')
      const res = await invoke(fx, 'project.create', { path })
      expect(await res.json()).toMatchObject({ ok: true, value: { path, name: 'Study' } })
      const event = await stream.next()
      expect(event).toMatchObject({ event: 'project.changed', data: { summary: { path } } })
      expect(await (await invoke(fx, 'app.state', {})).json()).toMatchObject({ value: { project: { path } } })
    } finally {
      stream.close()
    }
  })
})

describe('startWebServer lifecycle', () => {
  it('opens the given project at start and closes it cleanly, leaving no -wal beside it', async () => {
    const first = await startFixture()
    const path = join(first.home, 'Given.needle')
    expect(await (await invoke(first, 'project.create', { path })).json()).toMatchObject({ ok: true })
    await first.server.close()

    const second = await startFixture({ projectPath: path })
    try {
      expect(await (await invoke(second, 'app.state', {})).json()).toMatchObject({ value: { project: { path } } })
      expect(existsSync(`${path}-wal`)).toBe(true)
      await second.server.close()
      expect(existsSync(`${path}-wal`)).toBe(false)
      // Closed means closed: nothing answers on that port any more.
      await expect(fetch(`${second.origin}/`)).rejects.toThrow()
    } finally {
      await second.cleanup()
      await first.cleanup()
    }
  })

  it('fails to start with the reason when the given project cannot be opened', async () => {
    await expect(startFixture({ projectPath: '/nowhere/missing.needle' })).rejects.toMatchObject({ name: 'NeedleError' })
  })
})
