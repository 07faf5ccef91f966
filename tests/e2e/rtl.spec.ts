import { expect, openApp, test } from './fixtures'

test('Arabic turns the whole layout right-to-left and stays after a reload', async ({ page, needle }) => {
  await openApp(page, needle.url)
  const html = page.locator('html')
  await expect(html).toHaveAttribute('dir', 'ltr')
  const navbar = page.getByTestId('navbar')
  const ltrBox = (await navbar.boundingBox())!
  expect(ltrBox.x).toBeLessThan(10)

  await page.getByText('العربية').click()
  await expect(html).toHaveAttribute('dir', 'rtl')
  await expect(html).toHaveAttribute('lang', 'ar')
  await expect(page.getByRole('heading', { name: 'مرحبًا بك في نيدل' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'مشروع جديد' })).toBeVisible()
  await expect(page.getByText('Welcome to Needle')).toHaveCount(0)

  // The navbar moves to the right edge, and the content sits to its left.
  const width = page.viewportSize()!.width
  await expect.poll(async () => (await navbar.boundingBox())!.x).toBeGreaterThan(width / 2)
  const rtlBox = (await navbar.boundingBox())!
  expect(Math.abs(rtlBox.x + rtlBox.width - width)).toBeLessThan(2)
  const title = (await page.getByRole('heading', { name: 'مرحبًا بك في نيدل' }).boundingBox())!
  expect(title.x + title.width).toBeLessThanOrEqual(rtlBox.x)

  await page.reload()
  await expect(html).toHaveAttribute('dir', 'rtl')
  await expect(page.getByRole('heading', { name: 'مرحبًا بك في نيدل' })).toBeVisible()
})

test('the dark theme applies at once and is remembered', async ({ page, needle }) => {
  await openApp(page, needle.url)
  const html = page.locator('html')
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light')
  await page.getByRole('button', { name: 'Theme' }).click()
  await page.getByRole('menuitem', { name: 'Dark' }).click()
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark')
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(background).not.toBe('rgb(255, 255, 255)')
  await page.reload()
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark')
})
