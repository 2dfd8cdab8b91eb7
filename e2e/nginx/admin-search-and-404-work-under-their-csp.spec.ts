import { expect, test } from '../fixtures.ts';
import { watchCsp } from './csp.ts';

test('the CMS at /admin/ starts under its own CSP and shows the login screen', async ({ page }) => {
  const csp = await watchCsp(page);
  await page.goto('admin/');
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible({ timeout: 30_000 });
  expect(await csp.violations()).toEqual([]);
});

test('search works under the strict CSP: Pagefind runs its wasm in its worker', async ({ page }) => {
  const csp = await watchCsp(page);
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(`search/?q=${encodeURIComponent('三会一课')}`);
  await expect(
    page
      .locator('main')
      .getByRole('link', { name: /三会一课/ })
      .first(),
  ).toBeVisible();

  await page.goto('articles/');
  await page.keyboard.press('Control+K');
  const input = page.getByRole('combobox', { name: '搜索关键词' });
  await input.fill('主题党日');
  await expect(page.getByRole('option').first()).toContainText('主题党日');
  expect(await csp.violations()).toEqual([]);
  // Pagefind falls back to the main thread (with a warning) when its worker cannot start.
  expect(warnings.filter((w) => /pagefind|worker|wasm/i.test(w))).toEqual([]);
});

test('a missing page gets the site’s 404 page, styled and scripted under the strict CSP', async ({ page, watch }) => {
  watch.allowedErrors.push(/status of 404/);
  const csp = await watchCsp(page);
  const response = await page.goto('articles/no-such-article/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有找到这个页面');
  // The stylesheet applied (the layout's flex body) and the header's scripts ran (the search dialog opens).
  expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('flex');
  await page.keyboard.press('Control+K');
  await expect(page.getByRole('combobox', { name: '搜索关键词' })).toBeFocused();
  expect(await csp.violations()).toEqual([]);
});
