/** Best effort: open a URL in the user's browser. A machine without one simply keeps the printed URL. */
import { spawn } from 'node:child_process'

export function openBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]]
        : ['xdg-open', [url]]
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true })
    child.on('error', () => {
      /* no opener installed: the URL is printed already */
    })
    child.unref()
  } catch {
    /* same: opening the browser is a convenience */
  }
}
