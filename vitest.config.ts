import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // End-to-end specs (tests/e2e/*.spec.ts) belong to Playwright.
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Real SQLite files and child processes: forks isolate native handles per file.
    pool: 'forks',
    // A focused test (it.only) must not land: in CI it fails the run instead of silently skipping the rest.
    allowOnly: !process.env.CI,
  },
})
