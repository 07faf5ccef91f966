/**
 * Who may talk to the browser edition's server. It listens on loopback only, but any web
 * page the user visits can also reach loopback; these checks keep such pages out:
 * - the Host header must name the server itself, which defeats DNS rebinding (a foreign
 *   name resolving to 127.0.0.1 still sends its own name as Host);
 * - every API request carries the launch token, which a foreign page cannot read;
 * - no CORS headers are ever sent, so browsers never share our answers with other origins.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export const TOKEN_HEADER = 'x-needle-token'

export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

export function sameToken(expected: string, given: unknown): boolean {
  if (typeof given !== 'string') return false
  const a = Buffer.from(expected)
  const b = Buffer.from(given)
  return a.length === b.length && timingSafeEqual(a, b)
}

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`])
}

export function hostAllowed(req: IncomingMessage, hosts: Set<string>): boolean {
  const host = req.headers.host
  return typeof host === 'string' && hosts.has(host.toLowerCase())
}

/** A request from a page of another origin (sent Origin header) is refused even with a token. */
export function originAllowed(req: IncomingMessage, hosts: Set<string>): boolean {
  const origin = req.headers.origin
  if (origin === undefined) return true
  try {
    const url = new URL(origin)
    return url.protocol === 'http:' && hosts.has(url.host.toLowerCase())
  } catch {
    return false
  }
}
