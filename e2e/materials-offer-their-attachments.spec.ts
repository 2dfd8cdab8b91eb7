import { entries } from './content.ts';
import { expect, test } from './fixtures.ts';

test('the materials list leads to a material whose attachments download', async ({ page, request }) => {
  await page.goto('materials/');
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(entries('materials').length);
  await page.getByRole('link', { name: /党支部工作手册/ }).click();
  const section = page.getByRole('region', { name: '附件下载' });
  const link = section.getByRole('link').first();
  await expect(link).toContainText('DOCX');
  const href = (await link.getAttribute('href')) ?? '';
  expect(href).toMatch(/\/uploads\/materials\/.+\.docx$/);
  const file = await request.get(href);
  expect(file.ok()).toBe(true);
  expect((await file.body()).subarray(0, 2).toString()).toBe('PK'); // a real .docx is a zip
});

test('the about page renders its organisation table', async ({ page }) => {
  await page.goto('about/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('关于我们');
  await expect(page.locator('main table')).toBeVisible();
});
