/**
 * The sample project: built from the source files in resources/sample through the same
 * importers a researcher uses, so it always shows what the product really does.
 */
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { projectsDir } from '../settings/places'
import { buildSampleProject } from './content'

/** New and Open start here, and the sample project lives here (see settings/places.ts). */
export function defaultProjectsDir(): string {
  return projectsDir()
}

/** Opens the user's sample project, building it on first use. */
export async function ensureSampleProject(): Promise<string> {
  const dir = defaultProjectsDir()
  mkdirSync(dir, { recursive: true })
  const path = join(dir, 'Sample project.needle')
  if (!existsSync(path)) await buildSampleProject(path)
  return path
}
