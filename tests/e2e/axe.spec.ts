/**
 * Keeps every screen of the sample project (and its main dialogs) free of serious and critical
 * accessibility findings, in English and Arabic, light and dark theme. One test per
 * language × theme walks all screens, so the four run in parallel workers and each pays for the
 * sample only once.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures'

interface Finding {
  where: string
  rule: string
  impact: string
  nodes: number
  example: string
}

async function settle(page: Page): Promise<void> {
  // Screens load their data after they mount; axe must see the loaded screen, not its spinner.
  await expect(page.locator('.mantine-Loader-root:visible')).toHaveCount(0, { timeout: 60_000 })
  await page.waitForTimeout(250)
}

/**
 * A theme changes colours only, never names, roles or structure: the dark passes run axe's colour
 * rules and leave the rest to the light passes, which saves a third of the spec's time.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block']

async function scan(page: Page, where: string, into: Finding[], theme: 'light' | 'dark'): Promise<void> {
  await settle(page)
  const builder = new AxeBuilder({ page })
  if (theme === 'dark') builder.withRules(COLOUR_RULES)
  else builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
  const result = await builder.analyze()
  for (const v of result.violations) {
    if (v.impact !== 'serious' && v.impact !== 'critical') continue
    into.push({
      where,
      rule: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
      example: `${v.nodes[0].target.join(' ')} — ${v.nodes[0].failureSummary?.split('\n')[1] ?? ''}`,
    })
  }
}

async function go(page: Page, screen: string): Promise<void> {
  await page.getByTestId(`nav-${screen}`).click()
  await expect(page.getByTestId(`nav-${screen}`)).toHaveAttribute('aria-current', 'page')
}

for (const language of ['en', 'ar'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`no serious or critical accessibility finding on any screen (${language}, ${theme})`, async ({ page, needle }) => {
      // Generous: axe takes seconds per screen, and much longer on a busy machine.
      test.setTimeout(600_000)
      await openApp(page, needle.url)
      if (language === 'ar') {
        await page.getByText('العربية').click()
        await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
      }
      if (theme === 'dark') {
        await page.getByTestId('theme-switcher').click()
        await page.getByTestId('theme-dark').click()
        await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')
      }
      const findings: Finding[] = []
      await scan(page, 'start', findings, theme)
      await page.getByTestId('open-sample').click()
      await expect(page.getByTestId('project-name')).toBeVisible({ timeout: 60_000 })

      // Every screen the sidebar offers, read from the page so a new screen cannot be left out.
      const screens = (await page.locator('[data-testid^="nav-"]').evaluateAll((links) => links.map((l) => l.getAttribute('data-testid'))))
        .map((id) => String(id).slice('nav-'.length))
        .filter((id) => id !== 'start')
      expect(screens).toEqual(expect.arrayContaining(['overview', 'coding', 'timeline', 'breadcrumbs', 'personas']))
      for (const screen of screens) {
        await go(page, screen)
        if (screen === 'coding') {
          // The first visit asks who is coding: a dialog worth checking, then answered.
          const prompt = page.getByTestId('coder-name')
          await expect(prompt).toBeVisible()
          await scan(page, 'coding: coder dialog', findings, theme)
          await prompt.fill('Amal')
          await prompt.press('Enter')
          await expect(prompt).toBeHidden()
          await expect(page.getByTestId('reader')).toBeVisible()
        }
        await scan(page, screen, findings, theme)
        if (screen === 'sources') {
          await page.getByTestId('import-button').first().click()
          await expect(page.getByRole('dialog')).toBeVisible()
          await scan(page, 'sources: import dialog', findings, theme)
          await page.keyboard.press('Escape')
          await expect(page.getByRole('dialog')).toBeHidden()
        }
        if (screen === 'personas') {
          await page.getByTestId('draft-persona').click()
          await expect(page.getByRole('dialog')).toBeVisible()
          await scan(page, 'personas: draft dialog', findings, theme)
          await page.keyboard.press('Escape')
          await expect(page.getByRole('dialog')).toBeHidden()
        }
      }
      await page.keyboard.press('?')
      await expect(page.getByTestId('shortcuts-sheet')).toBeVisible()
      await scan(page, 'shortcuts sheet', findings, theme)

      const summary = findings.map((f) => `${f.where}: ${f.rule} (${f.impact}, ${f.nodes} nodes) e.g. ${f.example}`)
      expect(summary, `axe findings (${language}, ${theme})`).toEqual([])
    })
  }
}
