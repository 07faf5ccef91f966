#!/usr/bin/env node
// The `needle` command. Needle needs Node >= 22 (better-sqlite3 13 crashes on Node 20), so
// on an older Node this re-runs itself with the Node 24 that the `node` devDependency
// installs into node_modules; on a recent Node it loads the TypeScript CLI through tsx.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
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
  const { register } = await import('tsx/esm/api')
  register()
  await import(pathToFileURL(join(root, 'src', 'main', 'cli', 'main.ts')).href)
}
