import { expect, test } from './fixtures.ts';

const isDark = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.documentElement.classList.contains('dark'));

test('the page follows the system colour scheme until the reader chooses', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ colorScheme: 'dark', baseURL });
  const page = await context.newPage();
  await page.goto('./');
  expect(await isDark(page)).toBe(true);
  await context.close();
});

test('the dark-mode toggle switches and is remembered across pages and reloads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  expect(await isDark(page)).toBe(false);
  const toggle = page.getByRole('button', { name: '深色模式' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  expect(await isDark(page)).toBe(true);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.goto('articles/');
  expect(await isDark(page)).toBe(true);
  await page.reload();
  expect(await isDark(page)).toBe(true);
  await page.getByRole('button', { name: '深色模式' }).click();
  await page.reload();
  expect(await isDark(page)).toBe(false);
});
