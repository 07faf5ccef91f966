/**
 * Response headers shared by the browser edition's server and the desktop app's app://
 * protocol, so that both surfaces run the renderer under the same policy.
 */

/**
 * No inline script anywhere: an injected <script> or on* attribute in a transcript can never run.
 * Mantine writes style attributes and <style> tags at runtime, hence 'unsafe-inline' for styles
 * only. connect-src 'self' keeps the page from sending project data anywhere but its own server.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** Headers every response carries, data or not. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // The page URL carries the launch token until the renderer strips it: never leak it onwards.
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}
