/** Fails fast, with the fix in the message, when the things every test needs are missing. */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export default function globalSetup(): void {
  const chromium = process.env.NEEDLE_CHROMIUM ?? '/usr/bin/chromium'
  if (!existsSync(chromium)) throw new Error(`Chromium is not at ${chromium}: install it with \`sudo apt-get install -y chromium\`.`)
  const page = fileURLToPath(new URL('../../out/renderer/index.html', import.meta.url))
  if (!existsSync(page)) throw new Error('The renderer is not built: run `npx electron-vite build` first (`npm test` does it).')
}
