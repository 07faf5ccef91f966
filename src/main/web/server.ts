/**
 * The browser edition: the renderer and the same dispatch as the desktop app, served over
 * loopback HTTP for machines where Electron cannot run (and for the end-to-end tests).
 *
 * Protocol (the renderer's HTTP client speaks this):
 * - GET /<anything>                static renderer files, no token (they hold no data)
 * - POST /api/invoke/<channel>     header X-Needle-Token, JSON body = input -> 200 + JSON Result
 * - GET /api/events?token=<token>  Server-Sent Events: `event: <name>` + `data: <json payload>`
 * Refusals: 401 token, 403 Host/Origin, 404 path, 405 method, 408 body slower than 30 s, 413 body > 10 MB, 415 not JSON.
 */
import { createReadStream } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { closeSharedChromium } from '../services/exports/personas/chromium'
import { dispatch } from '../dispatch'
import { rendererDir } from '../paths'
import { buildSampleProject } from '../sample/content'
import { Session } from '../session'
import { SettingsStore } from '../services/settings/store'
import { NeedleError, type Result } from '../../shared/errors'
import { allowedHosts, hostAllowed, newToken, originAllowed, sameToken, TOKEN_HEADER } from './access'
import { EventHub } from './events'
import { SECURITY_HEADERS } from '../serving/headers'
import { openBrowser as launchBrowser } from './openBrowser'
import { BodyError, MAX_BODY_BYTES, readJsonBody } from './requestBody'
import { lookupStatic } from '../serving/staticFiles'

export interface WebServerOptions {
  /** A project to open at start. */
  projectPath?: string
  /** Open the bundled sample project when no projectPath is given (default true). */
  openSample?: boolean
  /** 0 or absent: a free port chosen by the system. */
  port?: number
  openBrowser?: boolean
  /** The built renderer; defaults to out/renderer. Tests point it at a folder of their own. */
  staticDir?: string
  /** Defaults to the user's settings file (NEEDLE_HOME). */
  settings?: SettingsStore
  /** How long a request's body may take to arrive (default BODY_TIMEOUT_MS); tests shorten it. */
  bodyTimeoutMs?: number
}

export interface WebServer {
  /** The page to open, with the launch token: http://127.0.0.1:<port>/?token=<token> */
  url: string
  token: string
  port: number
  session: Session
  close(): Promise<void>
}

const HOST = '127.0.0.1'
const INVOKE_PREFIX = '/api/invoke/'

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  })
  res.end(text)
}

/** Refusals are Result-shaped too, so the renderer's client has one thing to read. */
function refuse(res: ServerResponse, status: number, message: string, extra: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(extra)) res.setHeader(name, value)
  // There is no error code for "refused by the transport": clients branch on the HTTP status (401: reload with the token).
  const body: Result<never> = { ok: false, error: { code: status >= 500 ? 'internal' : 'invalid_input', message } }
  sendJson(res, status, body)
}

export async function startWebServer(opts: WebServerOptions = {}): Promise<WebServer> {
  const token = newToken()
  const staticRoot = opts.staticDir ?? rendererDir()
  const hub = new EventHub()
  const session = new Session('browser', opts.settings ?? new SettingsStore(), (event, payload) => hub.emit(event, payload))
  session.buildSample = buildSampleProject
  let hosts = new Set<string>()

  const handleApi = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    if (url.pathname === '/api/events') {
      if (!sameToken(token, url.searchParams.get('token'))) return refuse(res, 401, 'A valid token is required.')
      if (req.method !== 'GET') return refuse(res, 405, 'Use GET for /api/events.', { Allow: 'GET' })
      hub.attach(res, SECURITY_HEADERS)
      return
    }
    if (!sameToken(token, req.headers[TOKEN_HEADER])) return refuse(res, 401, 'A valid X-Needle-Token header is required.')
    if (!url.pathname.startsWith(INVOKE_PREFIX)) return refuse(res, 404, `No such API path: ${url.pathname}`)
    if (req.method !== 'POST') return refuse(res, 405, 'Use POST to invoke a command.', { Allow: 'POST' })
    let channel: string
    try {
      channel = decodeURIComponent(url.pathname.slice(INVOKE_PREFIX.length))
    } catch {
      return refuse(res, 404, 'The command name is not valid.')
    }
    let input: unknown
    try {
      input = await readJsonBody(req, MAX_BODY_BYTES, opts.bodyTimeoutMs)
    } catch (err) {
      if (err instanceof BodyError) {
        // A body refused before it was read (too large, too slow) must not be left on a keep-alive socket.
        if (err.status === 413 || err.status === 408) res.setHeader('Connection', 'close')
        return refuse(res, err.status, err.message)
      }
      throw err
    }
    sendJson(res, 200, await dispatch(session, channel, input))
  }

  const handleStatic = (req: IncomingMessage, res: ServerResponse, rawPath: string): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Only GET and HEAD serve files.', { Allow: 'GET, HEAD' })
    const found = lookupStatic(staticRoot, rawPath)
    if (found.kind === 'refused') return refuse(res, 403, 'That path is outside the app.')
    if (found.kind === 'missing') {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
      res.end(rawPath === '/' ? 'The app is not built yet: run `npx electron-vite build`.\n' : 'Not found.\n')
      return
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': found.type,
      'Cache-Control': found.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    })
    if (req.method === 'HEAD') return void res.end()
    createReadStream(found.path)
      .on('error', () => res.destroy())
      .pipe(res)
  }

  const server: Server = createServer((req, res) => {
    if (!hostAllowed(req, hosts)) return refuse(res, 403, 'This server only answers requests addressed to 127.0.0.1 or localhost.')
    const target = req.url ?? '/'
    // Only origin-form targets ("/path?query"); an absolute URL here would be a proxy request.
    if (!target.startsWith('/')) return refuse(res, 400, 'Malformed request URL.')
    let url: URL
    try {
      url = new URL(target, `http://${HOST}`)
    } catch {
      return refuse(res, 400, 'Malformed request URL.')
    }
    if (url.pathname.startsWith('/api/')) {
      if (!originAllowed(req, hosts)) return refuse(res, 403, 'Requests from other sites are refused.')
      handleApi(req, res, url).catch((err) => {
        console.error('[needle] web request failed:', err)
        if (!res.headersSent) refuse(res, 500, 'The server hit an unexpected error.')
        else res.destroy()
      })
      return
    }
    // Files are looked up by the path exactly as sent: URL() has already resolved any ../ in url.pathname.
    handleStatic(req, res, target.split(/[?#]/)[0])
  })
  // Slow or idle clients must not pin sockets forever; SSE streams are exempt (no request timeout after headers).
  server.headersTimeout = 30_000
  server.requestTimeout = 0

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, HOST, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  hosts = allowedHosts(port)

  let closed = false
  const close = async (): Promise<void> => {
    if (closed) return
    closed = true
    hub.close()
    session.closeProject()
    // The browser edition keeps one Chromium for persona exports; it goes with the server.
    await closeSharedChromium()
    await new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    })
  }

  try {
    if (opts.projectPath) {
      const opened = await dispatch(session, 'project.open', { path: opts.projectPath })
      if (!opened.ok) throw new NeedleError(opened.error.code, opened.error.message, opened.error.details)
    } else if (opts.openSample !== false) {
      const opened = await dispatch(session, 'project.openSample', {})
      // The start screen is still useful without the sample: say why and carry on.
      if (!opened.ok) console.warn(`Needle: the sample project could not be opened (${opened.error.message}).`)
    }
  } catch (err) {
    await close()
    throw err
  }

  const url = `http://${HOST}:${port}/?token=${token}`
  if (opts.openBrowser) launchBrowser(url)
  return { url, token, port, session, close }
}
