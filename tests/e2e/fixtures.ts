/**
 * The `needle` fixture: a fresh browser edition per test (its own settings, projects folder
 * and session), started as `needle serve --no-project`, exactly as a user would run it.
 */
import { test as base, expect, type Page } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface NeedleServer {
  url: string
  home: string
  projectsDir: string
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

async function startServer(home: string, projectsDir: string): Promise<{ child: ChildProcess; url: string }> {
  // The real `needle serve`, as a user starts it: bin/needle.mjs runs the prebuilt CLI (out/main/cli.js)
  // when no source is newer, which starts in a fraction of the time compiling TypeScript takes.
  // process.execPath is the Node that runs Playwright (Node 24 through npx), the one better-sqlite3 is built for.
  const child = spawn(process.execPath, [join(ROOT, 'bin/needle.mjs'), 'serve', '--json', '--no-open', '--no-project'], {
    cwd: ROOT,
    env: { ...process.env, NEEDLE_HOME: home, NEEDLE_PROJECTS_DIR: projectsDir, NEEDLE_DEBUG: '' },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr!.on('data', (d) => (stderr += d))
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`needle serve did not start in 15 s.\n${stderr}`)), 15_000)
    child.stdout!.on('data', (d) => {
      out += d
      // `--json` prints one JSON object ({"url", "token", "port"}), maybe over several lines.
      let printed: { url: string }
      try {
        printed = JSON.parse(out)
      } catch {
        return
      }
      clearTimeout(timer)
      resolveUrl(printed.url)
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`needle serve exited with ${code}.\n${stderr}`))
    })
  })
  return { child, url }
}

export const test = base.extend<{ needle: NeedleServer }>({
  needle: async ({}, use) => {
    const home = mkdtempSync(join(tmpdir(), 'needle-e2e-'))
    const projectsDir = join(home, 'projects')
    mkdirSync(projectsDir)
    const { child, url } = await startServer(home, projectsDir)
    try {
      await use({ url, home, projectsDir })
    } finally {
      const exited = new Promise((r) => child.once('exit', r))
      child.stdin!.end()
      child.kill('SIGTERM')
      await exited
      rmSync(home, { recursive: true, force: true })
    }
  },
})

export { expect }

/** Opens the app and waits for the start screen or a project to be shown. */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await expect(page.getByTestId('navbar')).toBeVisible()
}

/**
 * The interface language (and theme) set through the endpoint the switchers use, then a reload: for
 * flows and screenshots that are not about the switchers (those tests click the switchers themselves).
 */
export async function setLook(page: Page, look: { language: 'en' | 'ar'; theme?: 'light' | 'dark' }): Promise<void> {
  await page.evaluate(async (look) => {
    const token = sessionStorage.getItem('needle.token') ?? ''
    await fetch('/api/invoke/settings.update', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Needle-Token': token },
      body: JSON.stringify(look),
    })
  }, look)
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', look.language)
  await page.evaluate(() => document.fonts.ready)
}
