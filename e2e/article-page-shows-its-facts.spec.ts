import { entry, readerDate } from './content.ts';
import { expect, test } from './fixtures.ts';

test('an article shows title, date, author, source, reading time and tags', async ({ page }) => {
  const id = 'informatization-party-building-strategy';
  const article = entry('articles', id);
  await page.goto(`articles/${id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(article.title));
  const meta = page.locator('article header dl');
  await expect(meta).toContainText(readerDate(article.date));
  await expect(meta).toContainText(String(article.author));
  await expect(meta).toContainText(String(article.source));
  await expect(meta).toContainText(/约 \d+ 分钟/);
  await expect(page.getByRole('heading', { level: 2, name: /^一、/ })).toBeVisible();
  await expect(page.getByRole('list', { name: '标签' }).getByRole('link').first()).toBeVisible();
});

test('an article links to its branch and to the previous and next article', async ({ page }) => {
  await page.goto('categories/branch-life/');
  await page.locator('main article a').first().click();
  await expect(page.locator('article header dl')).toContainText('支部：');
  const pager = page.getByRole('navigation', { name: '上一篇和下一篇' });
  const next = pager.getByRole('link').first();
  const target = (await next.locator('span').last().textContent())?.trim() ?? '';
  await next.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(target);
});

test('an article ships under 5 KB of JavaScript', async ({ page }) => {
  let bytes = 0;
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') bytes += (await response.body()).length;
  });
  await page.goto('articles/informatization-party-building-strategy/', { waitUntil: 'networkidle' });
  const inline = await page
    .locator('script:not([src])')
    .evaluateAll((scripts) => scripts.reduce((sum, s) => sum + (s.textContent?.length ?? 0), 0));
  expect(bytes + inline).toBeLessThan(5 * 1024);
});

test('printing an article keeps the text and leaves out header, footer and navigation', async ({ page }) => {
  await page.goto('articles/informatization-party-building-strategy/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header[data-site-header]')).toBeHidden();
  await expect(page.locator('footer[data-site-footer]')).toBeHidden();
  await expect(page.getByRole('navigation', { name: '本文目录' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '结束语' })).toBeVisible();
});

test('related reading shares a tag with the article', async ({ page }) => {
  await page.goto('articles/2026-quality-of-three-meetings-one-lesson/');
  const tags = await page.getByRole('list', { name: '标签' }).getByRole('link').allTextContents();
  const related = page.getByRole('region', { name: '相关阅读' });
  const link = related.getByRole('link').first();
  const target = await link.getAttribute('href');
  await link.click();
  // Read the tags of the new page, not of the one being left.
  await page.waitForURL((url) => url.pathname === target);
  const relatedTags = await page.getByRole('list', { name: '标签' }).getByRole('link').allTextContents();
  expect(relatedTags.filter((t) => tags.includes(t)).length).toBeGreaterThan(0);
});

test('a link written in Markdown as /articles/… works under the base path', async ({ page }) => {
  await page.goto('articles/2026-q4-three-meetings-records-notice/');
  await page.getByRole('link', { name: '《把“三会一课”开出质量》' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('把“三会一课”开出质量');
});

test('the table of contents jumps to its sections', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('articles/informatization-party-building-strategy/');
  await page.getByRole('navigation', { name: '本文目录' }).getByRole('link', { name: '结束语' }).click();
  await expect(page).toHaveURL(/#%E7%BB%93%E6%9D%9F%E8%AF%AD$/);
  await expect(page.getByRole('heading', { level: 2, name: '结束语' })).toBeInViewport();
});
