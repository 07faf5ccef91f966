/**
 * The real public files in ../shared/data/real are used when present (CI has them) and
 * their tests skip with a printed reason otherwise. They are never copied into this repo.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const REAL_DATA = resolve(__dirname, '../../../shared/data/real')
export const hasRealData = existsSync(REAL_DATA)

export function realFile(...parts: string[]): string {
  return join(REAL_DATA, ...parts)
}

if (!hasRealData) {
  console.log(`[needle tests] skipping conformance tests on real files: ${REAL_DATA} does not exist (CI provides it).`)
}
