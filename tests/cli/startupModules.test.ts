/**
 * `needle info` loads what it uses: the date parser (chrono-node and its locale tables), the REFI-QDA XML
 * parser and the zip library are for imports and exports, and made the most common small command slow
 * (issue 17: within 0.3 s). The real `needle`, as a user runs it, with a resolve hook that notes every
 * package the process loads (through import or require).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../helpers/tmp'
import { needle } from './run'

const HOOK = `import module from 'node:module'
import { writeFileSync } from 'node:fs'
const seen = new Set()
module.registerHooks({
  resolve(specifier, context, next) {
    const r = next(specifier, context)
    const m = /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(r.url)
    if (m) seen.add(m[1])
    return r
  },
})
process.on('exit', () => writeFileSync(process.env.NEEDLE_TEST_LOADED, [...seen].join('\\n')))
`

/** Packages only imports, exports and printing use. */
const NOT_FOR_INFO = ['chrono-node', 'fast-xml-parser', 'fflate', 'playwright-core', 'jsdom', 'dompurify']

describe('needle info', () => {
  it('loads none of the packages only imports, exports and printing need', () => {
    const d = { cwd: tempDir('needle-cli-'), home: tempDir('needle-home-') }
    const hook = join(d.cwd, 'hook.mjs')
    const loaded = join(d.cwd, 'loaded.txt')
    writeFileSync(hook, HOOK)
    writeFileSync(join(d.cwd, 'talk.txt'), 'Date: 3 March 2025\nInterviewer: How do you plan the day?\nRana: We start at seven.\n')
    expect(needle(['new', 'study'], d).code).toBe(0)
    // A transcript with a date line, so the project holds what the date parser reads at import.
    expect(needle(['import', 'study.needle', 'talk.txt', '--kind', 'interview'], d).code).toBe(0)
    const env = { NODE_OPTIONS: `--import ${pathToFileURL(hook).href}`, NEEDLE_TEST_LOADED: loaded }
    const info = needle(['info', 'study.needle'], { ...d, env })
    expect(info.code).toBe(0)
    expect(info.stdout).toMatch(/^Contents: 1 source/m)
    const packages = readFileSync(loaded, 'utf8').split('\n')
    // The hook saw the packages info does use.
    expect(packages).toContain('better-sqlite3')
    expect(packages.filter((p) => NOT_FOR_INFO.includes(p))).toEqual([])
  })
})
