import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  // package.json is "type": "module", so main builds as ESM to out/main/index.js (package.json "main").
  main: {
    build: {
      // zod goes into the bundle: as a package it is ~70 files (its locales included) that every `needle`
      // command resolved and loaded at start-up; bundled, only what the contract uses, in one chunk.
      externalizeDeps: { exclude: ['zod'] },
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src/main/electron/main.ts'),
          // Segmentation runs in a worker thread; services/segments/host.ts looks for this file beside the bundle.
          segmentsWorker: resolve(__dirname, 'src/main/services/segments/worker.ts'),
          // Long exports (REFI-QDA, CSV) run in a worker thread with their own read-only connection (services/interop/exportHost.ts).
          exportWorker: resolve(__dirname, 'src/main/services/interop/exportWorker.ts'),
          // Long writes (imports, REFI-QDA imports, merges) run in a worker thread with their own connection (services/jobs/jobHost.ts).
          jobWorker: resolve(__dirname, 'src/main/services/jobs/jobWorker.ts'),
          // Its helper thread (the second core); services/segments/helper.ts looks for it the same way.
          segmentsHelper: resolve(__dirname, 'src/main/services/segments/helperWorker.ts'),
          // The `needle` command, prebuilt so it starts without compiling TypeScript (bin/needle.mjs loads it).
          cli: resolve(__dirname, 'src/main/cli/main.ts'),
          // The desktop app's session and dispatch run on this worker thread (src/main/sessionWorker/), not the UI thread.
          sessionWorker: resolve(__dirname, 'src/main/sessionWorker/worker.ts'),
        },
      },
    },
  },
  // A sandboxed preload runs as a classic script: CommonJS, one self-contained file (out/preload/index.cjs).
  preload: {
    build: {
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    // Relative asset URLs work both under app://needle/ and the browser edition's http://127.0.0.1:<port>/.
    base: './',
    plugins: [react()],
    build: {
      rolldownOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
})
