/** The browser edition as users run it (`needle serve` in its own process), for tests that measure it from outside. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { BIN, NODE } from '../cli/run'

export interface Served {
  child: ChildProcessWithoutNullStreams
  url: string
  token: string
  port: number
  origin: string
  stderr: () => string
  invoke(
    channel: string,
    input: unknown,
    // The value's shape depends on the channel; the tests read the fields they asked for.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ): Promise<{ ms: number; body: { ok: boolean; value?: any; error?: { code: string; message: string } } }>
  /** Peak resident memory of the server process so far (VmHWM), in MB. */
  peakMb(): number
  /** Sends SIGTERM and resolves with the milliseconds until the process exited. */
  stop(): Promise<number>
}

export async function serve(project: string, opts: { cwd: string; home: string; env?: Record<string, string> }): Promise<Served> {
  const child = spawn(NODE, [BIN, 'serve', project, '--no-open', '--json'], {
    cwd: opts.cwd,
    env: { ...process.env, NEEDLE_HOME: opts.home, NEEDLE_DEBUG: '', ...opts.env },
  })
  let err = ''
  child.stderr.on('data', (c: Buffer) => (err += c.toString()))
  const line = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString()
      // --json prints one object, possibly over several lines: wait until it parses.
      try {
        JSON.parse(out)
        resolve(out)
      } catch {
        /* not all of it yet */
      }
    })
    child.on('exit', (code) => reject(new Error(`needle serve exited (${code}): ${err}`)))
  })
  const { url, token, port } = JSON.parse(line) as { url: string; token: string; port: number }
  const origin = `http://127.0.0.1:${port}`
  return {
    child,
    url,
    token,
    port,
    origin,
    stderr: () => err,
    async invoke(channel, input) {
      const started = Date.now()
      const res = await fetch(`${origin}/api/invoke/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Needle-Token': token },
        body: JSON.stringify(input),
      })
      return { body: (await res.json()) as Awaited<ReturnType<Served['invoke']>>['body'], ms: Date.now() - started }
    },
    peakMb() {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
      return m ? Number(m[1]) / 1024 : NaN
    },
    stop() {
      const started = Date.now()
      return new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(0)
        child.once('exit', () => resolve(Date.now() - started))
        child.kill('SIGTERM')
      })
    },
  }
}
