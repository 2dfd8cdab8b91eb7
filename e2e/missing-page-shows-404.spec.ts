import { settings } from './content.ts';
import { expect, test } from './fixtures.ts';

test('a missing page answers 404 with a helpful page', async ({ page, watch }) => {
  watch.allowedErrors.push(/status of 404/);
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有找到这个页面');
  await page.getByRole('link', { name: '返回首页' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(settings('site').siteTitle));
});
