/** A real browser-edition server on a temporary home and a tiny renderer folder, plus raw HTTP for what fetch() would fix up. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startWebServer, type WebServer, type WebServerOptions } from '../../src/main/web/server'

export interface Fixture {
  server: WebServer
  home: string
  /** The folder served as the renderer. */
  staticDir: string
  /** A file next to staticDir that must never be served. */
  secret: string
  origin: string
  cleanup(): Promise<void>
}

export const SECRET_TEXT = 'top secret project notes'

export async function startFixture(opts: WebServerOptions = {}): Promise<Fixture> {
  const home = mkdtempSync(join(tmpdir(), 'needle-web-'))
  process.env.NEEDLE_HOME = home
  const root = join(home, 'site')
  const staticDir = join(root, 'renderer')
  mkdirSync(join(staticDir, 'assets'), { recursive: true })
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Needle</title><script type="module" src="/assets/app.js"></script>')
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("needle")')
  const secret = join(root, 'secret.txt')
  writeFileSync(secret, SECRET_TEXT)
  const server = await startWebServer({ openSample: false, staticDir, ...opts })
  return {
    server,
    home,
    staticDir,
    secret,
    origin: `http://127.0.0.1:${server.port}`,
    async cleanup() {
      await server.close()
      rmSync(home, { recursive: true, force: true })
    },
  }
}

export interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** node:http with the path and headers exactly as given (fetch would normalise ../ and forbid a Host header). */
export function raw(
  port: number,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string; host?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: opts.host ?? '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: opts.headers, setHost: !opts.headers?.Host },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
      },
    )
    req.on('error', reject)
    if (opts.body !== undefined) req.write(opts.body)
    req.end()
  })
}

export function invoke(fx: Fixture, channel: string, input: unknown, token = fx.server.token): Promise<Response> {
  return fetch(`${fx.origin}/api/invoke/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Needle-Token': token },
    body: JSON.stringify(input),
  })
}
