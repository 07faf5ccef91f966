/**
 * Turns anything a call can throw into what the user reads: a translated headline for the
 * error's code and the service's own sentence (which names the file and the way out).
 */
import type { TFunction } from 'i18next'
import type { ErrorCode, ErrorPayload } from '../../../../shared/errors'
import { ApiError } from '../../api/client'

export interface ShownError {
  code: ErrorCode
  title: string
  message: string
  payload: ErrorPayload
}

export function describeError(t: TFunction, err: unknown): ShownError {
  const payload: ErrorPayload =
    err instanceof ApiError ? err.payload : { code: 'internal', message: err instanceof Error ? err.message : String(err) }
  const message = payload.details?.unreachable ? t('errors.unreachable') : payload.message
  return { code: payload.code, title: t(`errors.title.${payload.code}`), message, payload }
}
