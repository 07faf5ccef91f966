/** Opening the <project> argument the way every project command does. */
import { call } from '../../dispatch'
import type { CliContext } from '../command'
import { restoreCliHistory } from '../history'
import { existingFileArg } from './paths'

export async function openProjectArg(ctx: CliContext, raw: string) {
  const session = ctx.session()
  await call(session, 'project.open', { path: existingFileArg(raw) })
  // `needle undo` undoes what an earlier run did: the history outlives the process (see history.ts).
  restoreCliHistory(session)
  return session
}
