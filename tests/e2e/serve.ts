/**
 * Starts the real browser edition for one end-to-end test and prints where it listens as
 * one JSON line on stdout ({"url", "token"}); it stops when its stdin closes or on SIGTERM.
 * Run by the `needle` fixture with NEEDLE_HOME and NEEDLE_PROJECTS_DIR pointing at a
 * fresh temporary folder, so every test starts from a first launch.
 */
import { startWebServer } from '../../src/main/web/server'

const server = await startWebServer({ openSample: false, openBrowser: false })
process.stdout.write(`${JSON.stringify({ url: server.url, token: server.token })}\n`)

let stopping = false
async function stop() {
  if (stopping) return
  stopping = true
  await server.close()
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())
process.stdin.on('end', () => void stop())
process.stdin.resume()
