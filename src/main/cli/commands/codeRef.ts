/** Naming a code on the command line: by id, or by name (any case), with --kind when two codes share a name. */
import type { CodeRow } from '../../../shared/contract/codes'
import { CODE_KINDS, type CodeKind } from '../../../shared/domain'
import { NeedleError } from '../../../shared/errors'
import { UsageError } from '../command'

export function kindOption(raw: string | boolean | undefined, command: string): CodeKind | undefined {
  if (raw === undefined) return undefined
  if (!CODE_KINDS.includes(raw as CodeKind)) throw new UsageError(`--kind must be one of ${CODE_KINDS.join(', ')}.`, command)
  return raw as CodeKind
}

export function findCode(codes: CodeRow[], ref: string, kind?: CodeKind): CodeRow {
  if (/^\d+$/.test(ref)) {
    const byId = codes.find((c) => c.id === Number(ref))
    if (byId) return byId
  }
  const matches = codes.filter((c) => c.name.toLowerCase() === ref.trim().toLowerCase() && (!kind || c.kind === kind))
  if (matches.length > 1) {
    throw new NeedleError(
      'invalid_input',
      `There are ${matches.length} codes named "${ref}" (${matches.map((c) => `${c.kind} #${c.id}`).join(', ')}). Add --kind or give the id.`,
    )
  }
  if (!matches[0])
    throw new NeedleError(
      'not_found',
      `There is no code "${ref}"${kind ? ` of kind ${kind}` : ''}. Run "needle codes <project>" to see the codebook.`,
    )
  return matches[0]
}
