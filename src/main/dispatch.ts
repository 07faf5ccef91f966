/**
 * The one entry for every transport: validate the input against the contract, call the
 * domain's handler, and return {ok, value} or {ok: false, error}. IPC, HTTP, the CLI and
 * the tests all come through here; only the transport differs.
 */
import { contract, isChannel, type Channel, type OutputOf } from '../shared/contract'
import { NeedleError, type Result } from '../shared/errors'
import { handlers } from './services'
import type { Session } from './session'

export async function dispatch<C extends Channel>(session: Session, channel: C, input: unknown): Promise<Result<OutputOf<C>>>
export async function dispatch(session: Session, channel: string, input: unknown): Promise<Result<unknown>>
export async function dispatch(session: Session, channel: string, input: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) return { ok: false, error: { code: 'invalid_input', message: `Unknown command "${channel}".` } }
  const parsed = contract[channel].input.safeParse(input ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? ` (${issue.path.join('.')})` : ''
    return {
      ok: false,
      error: { code: 'invalid_input', message: `Invalid input for ${channel}${where}: ${issue?.message ?? 'rejected'}.` },
    }
  }
  try {
    const handler = handlers[channel] as (s: Session, i: unknown) => unknown
    return { ok: true, value: await handler(session, parsed.data) }
  } catch (err) {
    if (err instanceof NeedleError) return { ok: false, error: err.toPayload() }
    console.error(`[needle] ${channel} failed:`, err)
    return {
      ok: false,
      error: { code: 'internal', message: `Needle hit an unexpected error in ${channel}: ${(err as Error)?.message ?? String(err)}` },
    }
  }
}

/** For callers that prefer exceptions (CLI commands, tests): unwraps or throws the NeedleError. */
export async function call<C extends Channel>(session: Session, channel: C, input: unknown = {}): Promise<OutputOf<C>> {
  const result = await dispatch(session, channel, input)
  if (!result.ok) throw new NeedleError(result.error.code, result.error.message, result.error.details)
  return result.value
}
