/** Shared steps of the Segments end-to-end test and its screenshots. */
import type { Page } from '@playwright/test'
import { expect, openApp } from './fixtures'

export async function openSample(page: Page, url: string) {
  await openApp(page, url)
  await page.getByRole('button', { name: 'Open sample project' }).click()
  await expect(page.getByTestId('project-name').or(page.getByRole('alert'))).toBeVisible({ timeout: 20_000 })
  await expect(page.getByTestId('project-name')).toBeVisible()
}

export async function goTo(page: Page, screen: string) {
  await page.getByRole('navigation').getByText(screen, { exact: true }).click()
}
