/**
 * CLI start-up, as a user runs it: `needle --help` against bare Node starting and exiting
 * (target ≤ 6×), and `needle info` on the sample project (target ≤ 0.3 s). Both run the shipped
 * entry (bin/needle.mjs) on the Node 24 that npm scripts use, after `npm run build` (the prebuilt
 * CLI; without a current build it would compile the sources with tsx, which this bench reports).
 * Each figure is the median of alternating runs, so drift hits both sides alike.
 * Run alone: npx tsx bench/cli.ts
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { judge, quick } from './targets'

const ROOT = resolve(import.meta.dirname, '..')
const NODE = join(ROOT, 'node_modules', '.bin', 'node')
const BIN = join(ROOT, 'bin', 'needle.mjs')

function timed(args: string[], env: NodeJS.ProcessEnv): number {
  const t = performance.now()
  const r = spawnSync(NODE, args, { env, encoding: 'utf8' })
  const ms = performance.now() - t
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`)
  return ms
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]

export async function run(): Promise<void> {
  console.log('\nCLI start-up')
  if (!existsSync(join(ROOT, 'out', 'main', 'cli.js')))
    console.log('  note: no prebuilt CLI (run `npm run build`): timing the tsx fallback')
  const dir = mkdtempSync(join(tmpdir(), 'needle-bench-cli-'))
  const env = { ...process.env, NEEDLE_HOME: dir }
  try {
    const project = join(dir, 'sample.needle')
    execFileSync(NODE, [BIN, 'demo', project], { env, stdio: 'ignore' })
    const runs = quick() ? 5 : 15
    const bare: number[] = []
    const help: number[] = []
    const info: number[] = []
    timed([BIN, 'info', project], env) // the first run fills V8's compile cache, as any earlier use would
    for (let i = 0; i < runs; i++) {
      bare.push(timed(['-e', '0'], env))
      help.push(timed([BIN, '--help'], env))
      info.push(timed([BIN, 'info', project], env))
    }
    const b = median(bare)
    console.log(
      `  bare Node start: median ${b.toFixed(0)} ms; needle --help ${median(help).toFixed(0)} ms; needle info ${median(info).toFixed(0)} ms`,
    )
    judge('needle --help / bare Node', median(help) / b, 6, { unit: '×' })
    judge('needle info on the sample project', median(info) / 1000, 0.3, { unit: ' s' })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run()
