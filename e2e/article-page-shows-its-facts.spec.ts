import { entries, headings, readerDate, siteLinks } from './content.ts';
import { expect, test } from './fixtures.ts';

const articles = entries('articles');
/** The sections an article's table of contents lists (levels 2 and 3). */
const sections = (id: string) => headings('articles', id).filter((h) => h.depth === 2 || h.depth === 3);

/** The article with the most sections among those giving every fact: author, source and tags. */
const [long] = articles
  .filter((a) => a.data.author && a.data.source && Array.isArray(a.data.tags) && a.data.tags.length > 0)
  .sort((a, b) => sections(b.id).length - sections(a.id).length);
/** Its first and last top-level sections. */
const topLevel = long ? headings('articles', long.id).filter((h) => h.depth === 2) : [];
const first = topLevel[0]?.text;
const last = topLevel.at(-1)?.text;
const noLong = 'the content has no article with author, source, tags and sections';

test('an article shows title, date, author, source, reading time and tags', async ({ page }) => {
  test.skip(!first, noLong);
  const article = long!.data;
  await page.goto(`articles/${long!.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(article.title));
  const meta = page.locator('article header dl');
  await expect(meta).toContainText(readerDate(article.date));
  await expect(meta).toContainText(String(article.author));
  await expect(meta).toContainText(String(article.source));
  await expect(meta).toContainText(/约 \d+ 分钟/);
  await expect(page.getByRole('heading', { level: 2, name: first, exact: true })).toBeVisible();
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
  test.skip(!long, noLong);
  let bytes = 0;
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') bytes += (await response.body()).length;
  });
  await page.goto(`articles/${long!.id}/`, { waitUntil: 'networkidle' });
  const inline = await page
    .locator('script:not([src])')
    .evaluateAll((scripts) => scripts.reduce((sum, s) => sum + (s.textContent?.length ?? 0), 0));
  expect(bytes + inline).toBeLessThan(5 * 1024);
});

test('printing an article keeps the text and leaves out header, footer and navigation', async ({ page }) => {
  test.skip(!last, noLong);
  await page.goto(`articles/${long!.id}/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header[data-site-header]')).toBeHidden();
  await expect(page.locator('footer[data-site-footer]')).toBeHidden();
  await expect(page.getByRole('navigation', { name: '本文目录' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: last, exact: true })).toBeVisible();
});

/** An article sharing a tag with another: it has related reading. */
const tagsOf = (a: (typeof articles)[number]) => (a.data.tags ?? []) as string[];
const related = articles.find((a) =>
  articles.some((b) => b.id !== a.id && tagsOf(b).some((t) => tagsOf(a).includes(t))),
);

test('related reading shares a tag with the article', async ({ page }) => {
  test.skip(!related, 'no two articles of the content share a tag');
  await page.goto(`articles/${related!.id}/`);
  const tags = await page.getByRole('list', { name: '标签' }).getByRole('link').allTextContents();
  const region = page.getByRole('region', { name: '相关阅读' });
  const link = region.getByRole('link').first();
  const target = await link.getAttribute('href');
  await link.click();
  // Read the tags of the new page, not of the one being left.
  await page.waitForURL((url) => url.pathname === target);
  const relatedTags = await page.getByRole('list', { name: '标签' }).getByRole('link').allTextContents();
  expect(relatedTags.filter((t) => tags.includes(t)).length).toBeGreaterThan(0);
});

/** An article whose Markdown links to another article by its root-relative path. */
const linking = articles.flatMap((a) =>
  siteLinks('articles', a.id).flatMap((link) => {
    const target = articles.find((b) => link.path === `/articles/${b.id}/`);
    return target ? [{ from: a.id, text: link.text, title: String(target.data.title) }] : [];
  }),
)[0];

test('a link written in Markdown as /articles/… works under the base path', async ({ page }) => {
  test.skip(!linking, 'no article of the content links to another as /articles/…');
  await page.goto(`articles/${linking!.from}/`);
  await page.getByRole('link', { name: linking!.text }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(linking!.title);
});

test('the table of contents jumps to its sections', async ({ page }) => {
  // The table of contents shows from three sections on.
  test.skip(sections(long?.id ?? '').length < 3 || !last, 'the content has no article with a table of contents');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`articles/${long!.id}/`);
  const heading = page.getByRole('heading', { level: 2, name: last, exact: true });
  const anchor = (await heading.getAttribute('id')) ?? '';
  expect(anchor).not.toBe('');
  await page.getByRole('navigation', { name: '本文目录' }).getByRole('link', { name: last, exact: true }).click();
  await expect(page).toHaveURL((url) => decodeURIComponent(url.hash) === `#${anchor}`);
  await expect(heading).toBeInViewport();
});
