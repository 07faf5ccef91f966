/** Which importer handles which kind of source. */
import type { SourceKind } from '../../shared/domain'
import { importTable } from './tables/importTable'
import { importTranscript } from './transcripts/import'
import type { Importer } from './types'

const importers: Record<SourceKind, Importer> = {
  interview: importTranscript,
  survey: importTable,
  feedback: importTable,
  events: importTable,
}

export function importerFor(kind: SourceKind): Importer {
  return importers[kind]
}
