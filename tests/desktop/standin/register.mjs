// Loaded with `node --import`: resolves `electron` to the stand-in beside this file, so the built
// main bundle (out/main/index.js) runs under plain Node. Everything else resolves as usual.
import { registerHooks } from 'node:module'
import { isMainThread } from 'node:worker_threads'

const standin = new URL('./electron.mjs', import.meta.url).href
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'electron') return { url: standin, shortCircuit: true }
    return nextResolve(specifier, context)
  },
})

// The platform the main process should believe it runs on (menus, window-all-closed differ by platform).
// Not in worker threads (they inherit this --import): the session worker loads this machine's SQLite binary.
if (process.env.STANDIN_PLATFORM && isMainThread) Object.defineProperty(process, 'platform', { value: process.env.STANDIN_PLATFORM })
