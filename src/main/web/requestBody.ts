/** Reads a request's JSON body with a size cap, so a client cannot exhaust memory. */
import type { IncomingMessage } from 'node:http'

export const MAX_BODY_BYTES = 10 * 1024 * 1024
/**
 * A command's input is at most a few KB from a page on the same machine: it arrives in
 * milliseconds. A client holding a valid token that trickles its body would otherwise pin a
 * socket (and a pending request) for as long as it likes; the whole body must be in within this.
 */
export const BODY_TIMEOUT_MS = 30_000

export class BodyError extends Error {
  constructor(
    readonly status: 400 | 408 | 413 | 415,
    message: string,
  ) {
    super(message)
  }
}

export function isJsonContentType(header: string | undefined): boolean {
  return (header ?? '').split(';')[0].trim().toLowerCase() === 'application/json'
}

/** Resolves the parsed JSON (undefined for an empty body) or rejects with a BodyError. */
export function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES, timeoutMs = BODY_TIMEOUT_MS): Promise<unknown> {
  if (!isJsonContentType(req.headers['content-type'])) {
    return Promise.reject(new BodyError(415, 'Send the command input as Content-Type: application/json.'))
  }
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) {
    return Promise.reject(new BodyError(413, `The request body is larger than ${limit / 1024 / 1024} MB.`))
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let failed = false
    const timer = setTimeout(() => {
      if (failed) return
      failed = true
      chunks.length = 0
      reject(new BodyError(408, `The request body did not arrive within ${timeoutMs / 1000} s.`))
    }, timeoutMs)
    timer.unref()
    req.on('close', () => clearTimeout(timer))
    req.on('data', (chunk: Buffer) => {
      if (failed) return
      size += chunk.length
      if (size > limit) {
        failed = true
        reject(new BodyError(413, `The request body is larger than ${limit / 1024 / 1024} MB.`))
        // Stop buffering but keep draining, so the 413 answer can still reach the client.
        chunks.length = 0
        return
      }
      chunks.push(chunk)
    })
    req.on('error', (err) => {
      if (!failed) reject(err)
      failed = true
    })
    req.on('end', () => {
      clearTimeout(timer)
      if (failed) return
      const text = Buffer.concat(chunks).toString('utf8')
      if (text.trim() === '') return resolve(undefined)
      try {
        resolve(JSON.parse(text))
      } catch {
        reject(new BodyError(400, 'The request body is not valid JSON.'))
      }
    })
  })
}
