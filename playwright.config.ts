/**
 * End-to-end tests drive the real browser edition (`needle serve`, tests/e2e/fixtures.ts) in Debian's
 * Chromium: Playwright's own browser downloads cannot run on this machine. The renderer
 * must be built first (`npx electron-vite build`; `npm test` does it).
 */
import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: 'tests/e2e',
  // *creenshots.spec.ts regenerate the README images: tools, not tests, so they run only on purpose.
  testIgnore: process.env.NEEDLE_SCREENSHOTS ? [] : ['**/*creenshots.spec.ts'],
  globalSetup: './tests/e2e/globalSetup.ts',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  // A focused test (test.only) must not land: in CI it fails the run instead of silently skipping the rest.
  forbidOnly: !!process.env.CI,
  // The machine is shared: two workers keep the suite fast without starving everyone else.
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    colorScheme: 'light',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.NEEDLE_CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
})
