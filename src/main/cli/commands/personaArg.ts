/** A persona named on the command line: by id ("3") or by name (case aside), as the researcher knows it. */
import { call } from '../../dispatch'
import type { Session } from '../../session'
import { UsageError } from '../command'

export async function findPersona(session: Session, raw: string, command: string): Promise<{ id: number; name: string }> {
  const list = await call(session, 'personas.list', {})
  const wanted = raw.trim().toLocaleLowerCase()
  const hit = /^\d+$/.test(raw.trim())
    ? list.find((p) => p.id === Number(raw.trim()))
    : list.find((p) => p.name.trim().toLocaleLowerCase() === wanted)
  if (!hit)
    throw new UsageError(
      list.length
        ? `No persona "${raw}" in this project. Its personas: ${list.map((p) => `#${p.id} ${p.name}`).join(', ')}.`
        : `This project has no personas yet, so "${raw}" cannot be found. Draft them first: needle personas <project> --from-segments.`,
      command,
    )
  return { id: hit.id, name: hit.name }
}
