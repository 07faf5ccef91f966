/**
 * The sample project: Tidewater's customer research (resources/sample, see its README),
 * imported through the real import service and then tidied the way a researcher tidies an
 * import: the mapping step confirmed, interviewers marked so they stay out of analysis, and
 * the same interviewer under two spellings merged. Nothing here writes rows by itself.
 * It codes through dispatch like any client, so it lives outside the services: each transport
 * hands buildSampleProject to its Session for project.openSample (see session.ts).
 */
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import type { SourceKind } from '../../shared/domain'
import type { ColumnMapping, TableMapping } from '../../shared/import/mapping'
import { createProject } from '../db/open'
import { previewTable } from '../importers/tables/previewTable'
import { resourcesDir } from '../paths'
import { importFiles, type ImportRequest } from '../services/imports/run'
import { codeSampleProject } from './coding'
import { mergeParticipants, setInterviewer } from '../services/participants/store'
import { draftSamplePersonas } from '../services/personas/sample'
import { segmentSampleProject } from '../services/segments/sample'

export const SAMPLE_PROJECT_NAME = 'Tidewater customer research (sample)'

/** Every source file of the sample, in the order a researcher would import them. */
export const SAMPLE_FILES: { file: string; kind: SourceKind }[] = [
  { file: 'interview-hackney-hare-couriers.vtt', kind: 'interview' },
  { file: 'interview-lloyd-sons-heating.txt', kind: 'interview' },
  { file: 'interview-parkside-pharmacy.md', kind: 'interview' },
  { file: 'interview-al-bidda-pharmacy.txt', kind: 'interview' },
  { file: 'interview-ward-wa-sukkar-dubai.txt', kind: 'interview' },
  { file: 'interview-nasma-ac-riyadh.vtt', kind: 'interview' },
  { file: 'survey.csv', kind: 'survey' },
  { file: 'feedback.csv', kind: 'feedback' },
  { file: 'events.csv', kind: 'events' },
]

/** Roles the researcher sets in the mapping step where inference guesses differently. */
const CONFIRMED_ROLES: Record<string, ColumnMapping> = {
  // Google Forms joins checkbox answers with ", "; the option list is long, so it reads like prose.
  'Which tools do you use alongside Tidewater?': {
    header: 'Which tools do you use alongside Tidewater?',
    role: 'multi_select',
    separator: ',',
  },
}

/** Interviewers by the label the researcher keeps, with the other labels they appear under. */
const INTERVIEWERS: Record<string, string[]> = {
  'Maya Chen': ['Maya'],
  'Omar Haddad': ['عمر حداد'],
}

export function sampleDir(): string {
  return join(resourcesDir(), 'sample')
}

/** The mapping the import dialog proposes for a table, with the researcher's corrections. */
async function confirmedMapping(path: string, kind: SourceKind): Promise<TableMapping> {
  const { mapping } = await previewTable(new Uint8Array(readFileSync(path)), path, { kind })
  return {
    ...mapping,
    columns: mapping.columns.map((c) => {
      const confirmed = CONFIRMED_ROLES[c.header]
      return confirmed ? ({ ...confirmed, index: c.index } as ColumnMapping) : c
    }),
  }
}

function participantId(db: Database.Database, label: string): number | undefined {
  return db.prepare('SELECT id FROM participants WHERE label = ?').pluck().get(label) as number | undefined
}

function markInterviewers(db: Database.Database): void {
  for (const [keep, others] of Object.entries(INTERVIEWERS)) {
    const into = participantId(db, keep)
    if (into === undefined) continue
    const from = others.map((label) => participantId(db, label)).filter((id): id is number => id !== undefined)
    if (from.length > 0) mergeParticipants(db, from, into)
    setInterviewer(db, into, true)
  }
}

export async function buildSampleProject(path: string): Promise<void> {
  const dir = sampleDir()
  const requests: ImportRequest[] = []
  for (const { file, kind } of SAMPLE_FILES) {
    const full = join(dir, file)
    requests.push({ path: full, options: kind === 'interview' ? { kind } : { kind, mapping: await confirmedMapping(full, kind) } })
  }
  const project = createProject(path, SAMPLE_PROJECT_NAME)
  let built = false
  try {
    await importFiles(project.db, requests)
    markInterviewers(project.db)
    await codeSampleProject(project, dir)
    await segmentSampleProject(project.db)
    draftSamplePersonas(project.db)
    built = true
  } finally {
    project.close()
    // A half-built sample would be opened as if it were whole next time; build it again instead.
    if (!built) rmSync(project.path, { force: true })
  }
}
