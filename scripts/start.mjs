#!/usr/bin/env node
// `npm start [-- <project.needle>]`: builds Needle when its build is missing or older than
// its sources, then opens the desktop app, or, where no Electron runtime can run (none
// downloaded and no network, no display), says why in one line and serves the browser edition.
// Plain JavaScript so that it runs on whichever Node npm hands it (20 or 24).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { appArmorSandboxProblem } from './sandboxCheck.mjs'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const node = process.execPath
// npm runs scripts in the package folder; INIT_CWD is where the user typed the command.
const userCwd = process.env.INIT_CWD || process.cwd()
const args = process.argv.slice(2).map((arg) => (arg.startsWith('-') ? arg : resolve(userCwd, arg)))

/** Electron's first launch downloads its binary; without a network that must fail, not hang. */
const ELECTRON_CHECK_TIMEOUT_MS = 60_000

function newestMtime(path) {
  let newest = 0
  let st
  try {
    st = statSync(path)
  } catch {
    return 0
  }
  if (!st.isDirectory()) return st.mtimeMs
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)))
  return newest
}

function buildIsCurrent() {
  const outputs = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'].map((p) => join(root, p))
  if (!outputs.every((p) => existsSync(p))) return { built: false, current: false }
  const builtAt = Math.min(...outputs.map((p) => statSync(p).mtimeMs))
  const changedAt = Math.max(newestMtime(join(root, 'src')), newestMtime(join(root, 'electron.vite.config.ts')))
  return { built: true, current: changedAt <= builtAt }
}

function build() {
  const { built, current } = buildIsCurrent()
  if (current) return
  console.log(built ? 'Needle: sources changed since the last build; building…' : 'Needle: building the app (first start)…')
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  const result = spawnSync(node, [cli, 'build'], { cwd: root, stdio: 'inherit' })
  if (result.status === 0) return
  if (built) {
    console.warn('Needle: the build failed (see above); starting the previous build.')
    return
  }
  console.error('Needle: the build failed (see above). Run "npm install" if dependencies are missing, then "npm start" again.')
  process.exit(1)
}

/** The first line that names an error in a failed check's output, e.g. "fetch failed". */
function failureReason(output) {
  const lines = output
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
  const error = lines.find((l) => /^\w*Error: /.test(l))
  return error ? error.replace(/^\w*Error: /, '') : (lines.at(-1) ?? 'unknown error')
}

/** The Electron binary's path, or the reason there is none that can run here. */
function findElectron() {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'no display: DISPLAY and WAYLAND_DISPLAY are not set' }
  }
  // require('electron') downloads the binary on first use: run it apart, under a time limit.
  const probe = spawnSync(node, ['-e', "process.stdout.write('\\nNEEDLE_ELECTRON=' + require('electron') + '\\n')"], {
    cwd: root,
    encoding: 'utf8',
    timeout: ELECTRON_CHECK_TIMEOUT_MS,
  })
  if (probe.error?.code === 'ETIMEDOUT') return { reason: `fetching the Electron runtime took over ${ELECTRON_CHECK_TIMEOUT_MS / 1000} s` }
  const path = /^NEEDLE_ELECTRON=(.+)$/m.exec(probe.stdout ?? '')?.[1]
  if (probe.status !== 0 || !path) return { reason: failureReason(`${probe.stderr ?? ''}\n${probe.stdout ?? ''}`) }
  if (!existsSync(path)) return { reason: `${path} is missing` }
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    return { reason: "Electron's sandbox does not run as root" }
  }
  // Ubuntu 24.04+: Electron would abort with a bare FATAL line; say why and how to fix it instead.
  const blocked = appArmorSandboxProblem(path)
  if (blocked) return { reason: blocked.reason, fix: blocked.fix }
  // A binary that cannot load (missing system libraries) fails here rather than after the user waits for a window.
  const version = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 15_000 })
  if (version.status !== 0) return { reason: failureReason(`${version.stderr ?? ''}\n${version.error?.message ?? ''}`) }
  return { path }
}

/** Runs the child in its own process group, so Ctrl+C reaches it once (through us), and exits with it. */
function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', detached: process.platform !== 'win32' })
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    })
  }
  child.on('error', (err) => {
    console.error(`Needle: could not start ${command}: ${err.message}`)
    process.exit(1)
  })
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)))
}

build()
const electron = findElectron()
if (electron.path) {
  run(electron.path, [root, ...args])
} else {
  console.log(`Needle: no Electron runtime here (${electron.reason}); starting the browser edition instead.`)
  for (const line of electron.fix ?? []) console.log(`  ${line}`)
  // `needle serve` opens the given project, or the sample project, prints the URL with its token and opens a browser.
  run(node, [join(root, 'bin', 'needle.mjs'), 'serve', ...args])
}
