/**
 * Every failure that reaches a user travels as a NeedleError: a stable code that
 * the UI and the CLI can branch on, and one sentence that says what happened and
 * what to do. Anything else thrown is a bug and is reported as `internal`.
 */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'already_exists'
  | 'not_a_project'
  | 'future_version'
  | 'corrupt'
  | 'read_only'
  | 'no_project'
  | 'unreadable_file'
  | 'bad_rows'
  | 'duplicate_import'
  | 'cancelled'
  | 'conflict'
  | 'internal'

export interface ErrorPayload {
  code: ErrorCode
  message: string
  /** Structured extras the UI can act on (e.g. backups to restore, rows that failed). */
  details?: Record<string, unknown>
}

export class NeedleError extends Error {
  readonly code: ErrorCode
  readonly details?: Record<string, unknown>
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message)
    this.name = 'NeedleError'
    this.code = code
    this.details = details
  }
  toPayload(): ErrorPayload {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message }
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload }
