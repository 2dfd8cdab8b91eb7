import { entries, entry } from './content.ts';
import { expect, test } from './fixtures.ts';

/** A material whose first attachment is a Word document. */
const material = entries('materials').find((m) =>
  /\.docx$/i.test(((m.data.attachments ?? []) as { file: string }[])[0]?.file ?? ''),
);

test('the materials list leads to a material whose attachments download', async ({ page, request }) => {
  test.skip(!material, 'no material of the content has a Word attachment first');
  await page.goto('materials/');
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(entries('materials').length);
  await page.getByRole('link', { name: String(material!.data.title), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(material!.data.title));
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
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(entry('pages', 'about').title));
  await expect(page.locator('main table')).toBeVisible();
});
