/**
 * Runs the built main bundle (out/main/index.js) in a child Node process with the stand-in
 * `electron` (electron.mjs), and talks to it over Node's IPC channel. Needs `npx electron-vite build`.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
// NEEDLE_STANDIN_ROOT: drive another checkout's build (e.g. an older commit's, to watch these tests fail on it).
const BUNDLE_ROOT = process.env.NEEDLE_STANDIN_ROOT || ROOT
export const MAIN_BUNDLE = join(BUNDLE_ROOT, 'out', 'main', 'index.js')
export const bundleBuilt = existsSync(MAIN_BUNDLE)

export interface Call {
  what: string
  [key: string]: unknown
}
export interface MenuItem {
  label?: string
  role?: string
  accelerator?: string
  enabled?: boolean
  visible?: boolean
  type?: string
  submenu?: MenuItem[]
}

export class StandinApp {
  readonly child: ChildProcess
  readonly exited: Promise<number | null>
  private nextId = 1
  private readonly waiting = new Map<number, (m: { ok: boolean; value?: unknown; message?: string }) => void>()
  output = ''
  /** Every call the stand-in recorded, as it happened (kept after the process exits). */
  readonly log: Call[] = []

  /** `home` stands for the user's home: appData, Documents and temp live under it. */
  constructor(home: string, options: { env?: Record<string, string>; args?: string[] } = {}) {
    mkdirSync(join(home, 'tmp'), { recursive: true })
    const env: NodeJS.ProcessEnv = { ...process.env, STANDIN_HOME: home, XDG_CONFIG_HOME: join(home, '.config'), ...options.env }
    delete env.NEEDLE_HOME
    delete env.NEEDLE_PROJECTS_DIR
    delete env.ELECTRON_RENDERER_URL
    this.child = fork(MAIN_BUNDLE, options.args ?? [], {
      cwd: BUNDLE_ROOT,
      env,
      execArgv: ['--import', new URL('./register.mjs', import.meta.url).href],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    })
    this.child.stdout!.on('data', (d) => (this.output += d))
    this.child.stderr!.on('data', (d) => (this.output += d))
    this.child.on('message', (m: { type: string; id: number; ok: boolean; call?: Call }) => {
      if (m.type === 'call') this.log.push(m.call!)
      if (m.type !== 'reply') return
      this.waiting.get(m.id)?.(m)
      this.waiting.delete(m.id)
    })
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)))
  }

  async send<T = unknown>(command: string, args: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++
    const reply = await new Promise<{ ok: boolean; value?: unknown; message?: string }>((resolve, reject) => {
      this.waiting.set(id, resolve)
      this.child.send({ id, command, ...args }, (err) => err && reject(err))
    })
    if (!reply.ok) throw new Error(reply.message)
    return reply.value as T
  }

  calls(): Promise<Call[]> {
    return this.send<Call[]>('calls')
  }

  /** Polls the recorded calls until `test` holds (the main process works asynchronously). */
  async waitFor(test: (calls: Call[]) => boolean, what: string, timeoutMs = 60_000): Promise<Call[]> {
    const started = Date.now()
    for (;;) {
      const calls = await this.calls()
      if (test(calls)) return calls
      if (Date.now() - started > timeoutMs)
        throw new Error(`timed out waiting for ${what}\n${this.output}\n${JSON.stringify(calls.slice(-15))}`)
      await new Promise((r) => setTimeout(r, 30))
    }
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill()
    await this.exited
  }
}
