/** A new project (real SQLite file, real Session) with a survey export imported through the real importer. */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeProject } from '../segments-service/fixture'

export async function surveyProject(csv: string) {
  const p = makeProject([])
  writeFileSync(join(p.dir, 'survey.csv'), csv)
  await p.run('import.run', { jobId: 'imp', files: [{ path: join(p.dir, 'survey.csv'), options: { kind: 'survey' } }] })
  return p
}
