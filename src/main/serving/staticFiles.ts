/**
 * Finds the built renderer's file for a URL path, for the browser edition's server and
 * the desktop app's app:// protocol alike. Refuses anything that would leave the root
 * (../, encoded %2e%2e or %2f, backslashes, NUL, symlinks pointing out).
 */
import { realpathSync, statSync } from 'node:fs'
import { extname, join, posix, sep } from 'node:path'

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
}

export function mimeType(file: string): string {
  return MIME[extname(file).toLowerCase()] ?? 'application/octet-stream'
}

export type StaticLookup =
  | { kind: 'file'; path: string; type: string; immutable: boolean }
  /** A path that tries to leave the root or cannot be decoded: refused, never served. */
  | { kind: 'refused' }
  | { kind: 'missing' }

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

function inside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep)
}

/**
 * Maps a URL pathname (still percent-encoded, without query) to a file under root.
 * A path without an extension that matches no file gets index.html: the renderer is a
 * single-page app. A missing asset (with an extension) stays missing, so a script tag
 * never receives HTML.
 */
export function lookupStatic(root: string, pathname: string): StaticLookup {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return { kind: 'refused' }
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return { kind: 'refused' }
  // Judge the segments before normalising: normalize('/a/../../x') would quietly clamp to '/x'.
  if (decoded.split('/').some((segment) => segment === '..')) return { kind: 'refused' }
  const relative = posix.normalize(decoded).replace(/^\/+/, '')

  let realRoot: string
  try {
    realRoot = realpathSync(root)
  } catch {
    return { kind: 'missing' }
  }
  const candidate = join(realRoot, relative || 'index.html')
  if (!inside(realRoot, candidate)) return { kind: 'refused' }

  const target = isFile(candidate) ? candidate : extname(relative) === '' ? join(realRoot, 'index.html') : null
  if (!target || !isFile(target)) return { kind: 'missing' }
  let real: string
  try {
    real = realpathSync(target)
  } catch {
    return { kind: 'missing' }
  }
  if (!inside(realRoot, real)) return { kind: 'refused' }
  // Vite puts content-hashed files under assets/: they can be cached for good.
  const immutable = relative.startsWith('assets/') && real !== join(realRoot, 'index.html')
  return { kind: 'file', path: real, type: mimeType(real), immutable }
}
