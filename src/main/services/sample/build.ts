/**
 * The sample project: built from the source files in resources/sample through the same
 * importers a researcher uses, so it always shows what the product really does.
 */
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { defaultProjectsDir } from '../../paths'
import { buildSampleProject } from './content'

/** Opens the user's sample project, building it on first use. */
export async function ensureSampleProject(): Promise<string> {
  const dir = defaultProjectsDir()
  mkdirSync(dir, { recursive: true })
  const path = join(dir, 'Sample project.needle')
  if (!existsSync(path)) await buildSampleProject(path)
  return path
}
