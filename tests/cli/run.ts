/** Runs the real `needle` (bin/needle.mjs) as a user would, with its own NEEDLE_HOME. */
import { spawn, spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'

export const ROOT = resolve(__dirname, '../..')
export const BIN = join(ROOT, 'bin', 'needle.mjs')
/** Node 24 from the `node` devDependency: the one Needle runs on. */
export const NODE = join(ROOT, 'node_modules', '.bin', 'node')

export interface Run {
  code: number | null
  stdout: string
  stderr: string
  /** stderr split into its non-empty lines. */
  errLines: string[]
}

export function needle(args: string[], opts: { cwd: string; home: string; node?: string; env?: Record<string, string> }): Run {
  const r = spawnSync(opts.node ?? NODE, [BIN, ...args], {
    cwd: opts.cwd,
    env: { ...process.env, NEEDLE_HOME: opts.home, NEEDLE_DEBUG: '', ...opts.env },
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, errLines: r.stderr.split('\n').filter((l) => l.trim() !== '') }
}

export function needleAsync(args: string[], opts: { cwd: string; home: string }) {
  return spawn(NODE, [BIN, ...args], {
    cwd: opts.cwd,
    env: { ...process.env, NEEDLE_HOME: opts.home, NEEDLE_DEBUG: '' },
  })
}
