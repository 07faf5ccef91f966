/**
 * The guardrails must keep firing: each layering rule is shown a file that breaks it, at the
 * path where it would live, through the same ESLint config, madge command and tsconfigs that
 * `npm run lint` and `npm run typecheck` use. A rule that silently stopped matching (a moved
 * folder, a config edit) fails here instead of letting leaks back in unnoticed.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import { tempDir } from '../helpers/tmp'

const ROOT = resolve(__dirname, '..', '..')
const BIN = join(ROOT, 'node_modules', '.bin')

let eslint: ESLint

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT })
})

/** Lints `code` as if it were the file at `path` (from the project root); returns "rule: message" lines. */
async function lint(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) })
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`)
}

describe('layering rules (needle/layers)', () => {
  it('keeps src/shared free of Node, Electron, main and renderer', async () => {
    expect(await lint('src/shared/text/probe.ts', "import { readFileSync } from 'node:fs'\nexport const r = readFileSync\n")).toEqual([
      expect.stringMatching(/^needle\/layers: .*a Node built-in module \(shared-is-pure\)/),
    ])
    expect((await lint('src/shared/probe.ts', "import { join } from 'path'\nexport const j = join\n"))[0]).toMatch(/shared-is-pure/)
    expect((await lint('src/shared/probe.ts', "import { app } from 'electron'\nexport const a = app\n")).join('\n')).toMatch(
      /"electron" package \(shared-is-pure\)/,
    )
    expect(await lint('src/shared/contract/probe.ts', "import { appRoot } from '../../main/paths'\nexport const a = appRoot\n")).toEqual([
      expect.stringMatching(/must not import src\/main\/paths \(shared-is-pure\)/),
    ])
    expect(await lint('src/shared/probe.ts', "import type { Api } from '../renderer/src/api/client'\nexport type A = Api\n")).toEqual([
      expect.stringMatching(/must not import src\/renderer\/src\/api\/client \(shared-is-pure\)/),
    ])
  })

  it('keeps the page and Node globals out of src/shared, and the page globals out of src/main', async () => {
    expect(await lint('src/shared/probe.ts', 'export const t = () => document.title\n')).toEqual([
      expect.stringMatching(/^no-restricted-globals: Unexpected use of 'document'/),
    ])
    expect(await lint('src/shared/probe.ts', 'export const e = () => process.env.HOME\n')).toEqual([
      expect.stringMatching(/^no-restricted-globals: Unexpected use of 'process'/),
    ])
    expect(await lint('src/main/services/probe.ts', 'export const w = () => window.name\n')).toEqual([
      expect.stringMatching(/^no-restricted-globals: Unexpected use of 'window'/),
    ])
    // Node is where main code runs: its globals are fine there.
    expect(await lint('src/main/services/probe.ts', 'export const e = () => process.env.HOME\n')).toEqual([])
  })

  it('keeps the renderer away from src/main and Node', async () => {
    expect(
      await lint('src/renderer/src/features/probe.ts', "import { dispatch } from '../../../main/dispatch'\nexport const d = dispatch\n"),
    ).toEqual([expect.stringMatching(/must not import src\/main\/dispatch \(renderer-stays-in-the-page\)/)])
    expect((await lint('src/renderer/src/probe.ts', "import { readFileSync } from 'node:fs'\nexport const r = readFileSync\n"))[0]).toMatch(
      /renderer-stays-in-the-page/,
    )
  })

  it('keeps services, db and importers away from every transport, dynamic imports included', async () => {
    expect(
      await lint(
        'src/main/services/exports/personas/probe.ts',
        "export async function p() {\n  return (await import('../../../electron/printPdf')).electronPrinter\n}\n",
      ),
    ).toEqual([expect.stringMatching(/must not import src\/main\/electron\/printPdf \(core-knows-no-transport\)/)])
    expect(await lint('src/main/services/sample/probe.ts', "import { call } from '../../dispatch'\nexport const c = call\n")).toEqual([
      expect.stringMatching(/must not import src\/main\/dispatch \(core-knows-no-transport\)/),
    ])
    expect(await lint('src/main/db/probe.ts', "export type S = typeof import('../web/server')\n")).toEqual([
      expect.stringMatching(/must not import src\/main\/web\/server \(core-knows-no-transport\)/),
    ])
    expect(await lint('src/main/importers/probe.ts', "export { run } from '../cli/main'\n")).toEqual([
      expect.stringMatching(/must not import src\/main\/cli\/main \(core-knows-no-transport\)/),
    ])
    expect(await lint('src/main/services/probe.ts', "import { dialog } from 'electron'\nexport const d = dialog\n")).toEqual([
      expect.stringMatching(/"electron" package \(core-knows-no-transport\)/),
      expect.stringMatching(/"electron" package \(electron-only-in-the-shell\)/),
    ])
  })

  it('keeps db and importers below the services', async () => {
    expect(
      await lint(
        'src/main/importers/probe.ts',
        "import type { SourceStore } from '../services/sources/store'\nexport type S = SourceStore\n",
      ),
    ).toEqual([expect.stringMatching(/must not import src\/main\/services\/sources\/store \(storage-below-services\)/)])
    expect(await lint('src/main/db/probe.ts', "import { handlers } from '../services'\nexport const h = handlers\n")).toEqual([
      expect.stringMatching(/must not import src\/main\/services \(storage-below-services\)/),
    ])
  })

  it('lets only the desktop shell and the preload load Electron, and keeps the editions apart', async () => {
    const electron = "import { app } from 'electron'\nexport const a = app\n"
    expect(await lint('src/main/cli/probe.ts', electron)).toEqual([expect.stringMatching(/electron-only-in-the-shell/)])
    expect(await lint('src/main/web/probe.ts', electron)).toEqual([expect.stringMatching(/electron-only-in-the-shell/)])
    expect(await lint('src/main/electron/probe.ts', electron)).toEqual([])
    expect(await lint('src/preload/probe.ts', electron)).toEqual([])
    expect(
      await lint('src/main/electron/probe.ts', "import { SECURITY_HEADERS } from '../web/headers'\nexport const h = SECURITY_HEADERS\n"),
    ).toEqual([expect.stringMatching(/shell-borrows-nothing-from-the-browser-edition/)])
    expect(await lint('src/main/web/probe.ts', "import { buildMenu } from '../electron/menu'\nexport const m = buildMenu\n")).toEqual([
      expect.stringMatching(/browser-edition-and-cli-without-the-shell/),
    ])
  })

  it('allows what the architecture allows', async () => {
    expect(
      await lint(
        'src/main/services/coding/probe.ts',
        "import type { ProjectDb } from '../../db/open'\nimport { NeedleError } from '../../../shared/errors'\nimport { decodeBytes } from '../../importers/decode'\nexport type P = ProjectDb\nexport const n = [NeedleError, decodeBytes]\n",
      ),
    ).toEqual([])
    expect(
      await lint(
        'src/main/electron/probe.ts',
        "import { dispatch } from '../dispatch'\nimport { handlers } from '../services'\nexport const d = [dispatch, handlers]\n",
      ),
    ).toEqual([])
    expect(
      await lint('src/renderer/src/probe.ts', "import { contract } from '../../shared/contract'\nexport const c = contract\n"),
    ).toEqual([])
  })
})

describe('import cycles (npm run cycles)', () => {
  it('fails on a cycle, naming its files, with the flags the script uses', () => {
    const script = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.cycles
    const args = script.split(' ')
    expect(args[0]).toBe('madge')
    expect(args.at(-1)).toBe('src')
    const dir = tempDir()
    writeFileSync(join(dir, 'screens.ts'), "import { Nav } from './navigation'\nexport const screens = [Nav]\n")
    writeFileSync(join(dir, 'navigation.tsx'), "import { screens } from './screens'\nexport const Nav = () => screens.length\n")
    writeFileSync(join(dir, 'alone.ts'), "import { screens } from './screens'\nexport const n = screens\n")
    const run = spawnSync(join(BIN, 'madge'), [...args.slice(1, -1), dir], { encoding: 'utf8' })
    expect(run.status).not.toBe(0)
    const out = run.stdout + run.stderr
    expect(out).toMatch(/Found 1 circular dependency/)
    expect(out).toMatch(/navigation\.tsx > screens\.ts|screens\.ts > navigation\.tsx/)
  })
})

describe('per-environment type checking', () => {
  /** Type-checks one file under a copy of an environment's tsconfig; returns the compiler's output. */
  function typecheck(config: string, code: string, name = 'probe.ts'): string {
    // Inside the project (.tmp is git-ignored), so the compiler finds node_modules as the real configs do.
    mkdirSync(join(ROOT, '.tmp'), { recursive: true })
    const dir = mkdtempSync(join(ROOT, '.tmp', 'typecheck-'))
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
    writeFileSync(join(dir, name), code)
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ extends: join(ROOT, config), compilerOptions: { incremental: false }, include: [name] }),
    )
    try {
      execFileSync(join(BIN, 'tsc'), ['-p', dir], { encoding: 'utf8' })
      return ''
    } catch (err) {
      return (err as { stdout: string }).stdout
    }
  }

  it('refuses the page and Node in src/shared', () => {
    const out = typecheck('src/shared/tsconfig.json', 'export const a = document.title\nexport const b = process.env.HOME\n')
    expect(out).toMatch(/Cannot find name 'document'/)
    expect(out).toMatch(/Cannot find name 'process'/)
    expect(typecheck('src/shared/tsconfig.json', 'export const a = [1, 2].at(-1)\n')).toBe('')
  })

  it('refuses Node in the renderer', () => {
    const out = typecheck(
      'src/renderer/tsconfig.json',
      "import { readFileSync } from 'node:fs'\nexport const a = [readFileSync, document.title]\n",
    )
    expect(out).toMatch(/Cannot find module 'node:fs'/)
    expect(out).not.toMatch(/document/)
  })
}, 60_000)
