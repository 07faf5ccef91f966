/**
 * A persona's colour is picked from a seed, so the sample's cards wear different colours from one
 * run to the next and the screen-wide axe pass only ever sees some of them. Here every colour the
 * avatar editor offers is put on a card in turn, in the light and the dark theme, and the card's
 * text must stay readable (axe colour contrast, WCAG AA) on each.
 */
import AxeBuilder from '@axe-core/playwright'
import { AVATAR_COLOURS } from '../../src/shared/persona/avatar'
import { goTo, openSample } from './codingHelpers'
import { expect, test } from './fixtures'

test('every persona colour keeps the card readable in both themes', async ({ page, needle }) => {
  test.setTimeout(300_000)
  await openSample(page, needle.url)
  await goTo(page, 'Personas')
  const card = page.getByTestId('persona-card').and(page.locator('[dir=ltr]')).first()
  const name = (await card.getByRole('heading').textContent())!.trim()
  const gallery = page.getByTestId('persona-card').filter({ has: page.getByRole('heading', { name, exact: true }) })

  const findings: string[] = []
  async function check(where: string, selector: string): Promise<void> {
    const result = await new AxeBuilder({ page }).include(selector).withRules(['color-contrast']).analyze()
    for (const v of result.violations) {
      for (const n of v.nodes) findings.push(`${where}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`)
    }
  }

  for (const theme of ['light', 'dark'] as const) {
    if (theme === 'dark') {
      await page.getByTestId('theme-switcher').click()
      await page.getByTestId('theme-dark').click()
      await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')
    }
    for (const colour of AVATAR_COLOURS) {
      await page.getByRole('button', { name: `Edit ${name}`, exact: true }).click()
      await expect(page.getByTestId('persona-editor')).toBeVisible()
      // Initials keep the colour swatches on screen whatever kind the seed picked.
      const initials = page.getByRole('radio', { name: 'Initials', exact: true })
      if (!(await initials.isChecked())) await page.getByRole('radiogroup', { name: 'Avatar', exact: true }).getByText('Initials').click()
      const swatch = page.getByRole('radio', { name: `Colour ${colour}`, exact: true })
      if ((await swatch.getAttribute('aria-checked')) !== 'true') {
        const saved = page.waitForResponse((r) => r.url().endsWith('/api/invoke/personas.update') && r.ok())
        await swatch.click()
        await saved
      }
      await expect(swatch).toHaveAttribute('aria-checked', 'true')
      await check(`${theme} ${colour} editor`, '[data-testid=persona-editor]')
      await page.getByRole('button', { name: 'All personas' }).click()
      await expect(gallery).toHaveAttribute('style', new RegExp(colour, 'i'))
      await check(`${theme} ${colour} card`, '[data-testid=persona-card]')
    }
  }
  expect(findings).toEqual([])
})
