/**
 * Electron's security checklist, applied to every web contents: no new windows, no
 * webviews, no permissions beyond writing to the clipboard, and (in development, where
 * Vite's server sends no headers of ours) a CSP added to its responses.
 */
import { app, shell, type Session } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../serving/headers'

/** Vite's dev server needs its inline React-refresh preamble and its HMR websocket. */
function devPolicy(devOrigin: string): string {
  const ws = devOrigin.replace(/^http/, 'ws')
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "connect-src 'self'",
    `connect-src 'self' ${ws}`,
  )
}

/** Links to the web (a cited source, a help page) open in the user's browser, never inside the app. */
export function openExternally(url: string): void {
  try {
    const { protocol } = new URL(url)
    if (protocol === 'https:' || protocol === 'http:' || protocol === 'mailto:') void shell.openExternal(url)
  } catch {
    /* not a URL: nothing to open */
  }
}

export function hardenSession(ses: Session, devOrigin: string | null): void {
  // Copy buttons (navigator.clipboard.writeText) are the only capability the page asks for.
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(permission === 'clipboard-sanitized-write'))
  ses.setPermissionCheckHandler((_contents, permission) => permission === 'clipboard-sanitized-write')
  if (devOrigin) {
    const policy = devPolicy(devOrigin)
    ses.webRequest.onHeadersReceived({ urls: [`${devOrigin}/*`] }, (details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } })
    })
  }
}

export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      openExternally(url)
      return { action: 'deny' }
    })
  })
}
