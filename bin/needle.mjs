#!/usr/bin/env node
// The `needle` command. Needle needs Node >= 22 (better-sqlite3 13 crashes on Node 20), so
// on an older Node this re-runs itself with the Node 24 that the `node` devDependency
// installs into node_modules. On a recent Node it loads the prebuilt CLI (out/main/cli.js,
// made by `npm run build`) when that is at least as new as the sources, and otherwise the
// TypeScript sources through tsx, so an edit is never run against a stale build.
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import module, { createRequire } from 'node:module'
import { constants } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const self = fileURLToPath(import.meta.url)
const root = dirname(dirname(self))
const major = Number(process.versions.node.split('.')[0])

function bundledNode() {
  const candidates = []
  try {
    const pkg = createRequire(import.meta.url).resolve('node/package.json')
    candidates.push(join(dirname(pkg), 'bin', 'node'), join(dirname(pkg), 'bin', 'node.exe'))
  } catch {
    /* not resolvable from here: try the project's own node_modules */
  }
  candidates.push(join(root, 'node_modules', 'node', 'bin', 'node'), join(root, 'node_modules', 'node', 'bin', 'node.exe'))
  return candidates.find((p) => existsSync(p)) ?? null
}

if (major < 22) {
  const node = process.env.NEEDLE_REEXECED ? null : bundledNode()
  if (!node) {
    process.stderr.write(
      `needle: Needle needs Node.js 22 or newer, and this is ${process.version}. ` +
        `Run "npm install" in ${root} (it brings Node 24), or install Node 22+.\n`,
    )
    process.exit(1)
  }
  const child = spawn(node, [self, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, NEEDLE_REEXECED: '1' },
  })
  // Ctrl+C reaches both processes from the terminal; a kill aimed at this one is passed on,
  // and this one stays until the child has closed its project.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    })
  }
  child.on('error', (err) => {
    process.stderr.write(`needle: could not start ${node}: ${err.message}\n`)
    process.exit(1)
  })
  child.on('exit', (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)))
} else {
  // V8 keeps the compiled code of Needle and its dependencies between runs (Node >= 22.1),
  // which is most of a small command's start-up.
  module.enableCompileCache?.()
  const built = join(root, 'out', 'main', 'cli.js')
  if (buildIsCurrent(built)) {
    await import(pathToFileURL(built).href)
  } else {
    const { register } = await import('tsx/esm/api')
    register()
    await import(pathToFileURL(join(root, 'src', 'main', 'cli', 'main.ts')).href)
  }
}

/** True when the built CLI exists and no source it is built from changed after it (~2 ms for ~500 files). */
function buildIsCurrent(built) {
  let builtAt
  try {
    builtAt = statSync(built).mtimeMs
  } catch {
    return false
  }
  const newerThanBuild = (dir) => {
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      return false // an installed copy ships no sources: the build is all there is
    }
    for (const entry of entries) {
      const path = join(dir, entry.name)
      if (entry.isDirectory() ? newerThanBuild(path) : statSync(path).mtimeMs > builtAt) return true
    }
    return false
  }
  return !newerThanBuild(join(root, 'src', 'main')) && !newerThanBuild(join(root, 'src', 'shared'))
}
