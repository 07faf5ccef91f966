import { folderOf, joinPath, projectName } from '../../app/paths'

/** Beside the project, named so nobody mistakes the copy for the working file. */
export function sharingTarget(projectPath: string, suffix: string): string {
  return joinPath(folderOf(projectPath), `${projectName(projectPath)} (${suffix}).needle`)
}
