/** The renderer's files: served with the right type and policy, and nothing outside its folder. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { raw, SECRET_TEXT, startFixture, type Fixture } from './helpers'

let fx: Fixture
beforeAll(async () => {
  fx = await startFixture()
})
afterAll(() => fx.cleanup())

describe('static renderer files', () => {
  it('serves index.html without a token, under a strict Content-Security-Policy', async () => {
    const res = await fetch(`${fx.server.url}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await res.text()).toContain('<title>Needle</title>')
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(csp).toContain("connect-src 'self'")
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
  })

  it('serves scripts as JavaScript and routes unknown pages to the app', async () => {
    const js = await fetch(`${fx.origin}/assets/app.js`)
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await js.text()).toContain('needle')
    const page = await fetch(`${fx.origin}/projects/overview`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<title>Needle</title>')
    // A missing asset is a 404, not the app's HTML served as a script.
    expect((await fetch(`${fx.origin}/assets/missing.js`)).status).toBe(404)
  })

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets/../../secret.txt',
    '/../../../../../../etc/passwd',
    '/%00index.html',
  ])('refuses the path traversal %s', async (path) => {
    const res = await raw(fx.server.port, path)
    expect(res.status).toBe(403)
    expect(res.body).not.toContain(SECRET_TEXT)
    expect(res.body).not.toContain('root:')
  })

  it('refuses to serve files for methods other than GET and HEAD', async () => {
    expect((await fetch(`${fx.origin}/index.html`, { method: 'PUT', body: 'x' })).status).toBe(405)
    const head = await fetch(`${fx.origin}/`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('content-security-policy')).toBeTruthy()
  })
})
