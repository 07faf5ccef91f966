/**
 * The desktop window loads the renderer from app://needle/ rather than file://: a real
 * origin for 'self' in the CSP, headers we control (the same as the browser edition's),
 * and no way for the page to read arbitrary local files by URL.
 */
import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { SECURITY_HEADERS } from '../serving/headers'
import { lookupStatic } from '../serving/staticFiles'

export const APP_SCHEME = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://needle`

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
}

export function serveAppScheme(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    const plain = { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }
    if (url.host !== 'needle') return new Response('Not found.', { status: 404, headers: plain })
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed.', { status: 405, headers: plain })
    // request.url is already normalised by Chromium; lookupStatic still refuses anything that leaves root.
    const found = lookupStatic(root, url.pathname)
    if (found.kind !== 'file') return new Response('Not found.', { status: found.kind === 'refused' ? 403 : 404, headers: plain })
    const body = await readFile(found.path)
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': found.type },
    })
  })
}
