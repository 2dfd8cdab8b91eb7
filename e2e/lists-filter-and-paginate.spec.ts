import { PAGE_SIZE } from '../src/lib/queries.ts';
import { CATEGORIES } from '../src/model/collections.ts';
import { drafts, entries, newestFirst } from './content.ts';
import { expect, test } from './fixtures.ts';

/** The published articles, newest first, as the lists show them. */
const articles = newestFirst('articles');
const titles = (list: typeof articles) => list.map((a) => String(a.data.title));

test('the article list paginates and page 2 continues where page 1 ends', async ({ page }) => {
  test.skip(articles.length <= PAGE_SIZE, 'the content has too few articles for a second page');
  await page.goto('articles/');
  const titles1 = await page.locator('main article h2').allTextContents();
  expect(titles1.map((t) => t.trim())).toEqual(titles(articles.slice(0, PAGE_SIZE)));
  await page.getByRole('navigation', { name: '翻页' }).getByRole('link', { name: '下一页' }).click();
  await expect(page).toHaveURL(/articles\/page\/2\/$/);
  // Retried until page 2's list is there, not read once as the page commits.
  await expect(page.locator('main article h2')).toHaveText(titles(articles.slice(PAGE_SIZE, 2 * PAGE_SIZE)));
  const titles2 = await page.locator('main article h2').allTextContents();
  expect(titles2.filter((t) => titles1.includes(t))).toEqual([]);
  await expect(page.getByRole('navigation', { name: '翻页' }).locator('[aria-current="page"]')).toContainText('2');
});

/** The category with the most articles, and its articles. */
const [category] = CATEGORIES.map((c) => ({
  ...c,
  articles: articles.filter((a) => a.data.category === c.value),
})).sort((a, b) => b.articles.length - a.articles.length);

test('a category lists only its own articles', async ({ page }) => {
  test.skip(!category?.articles.length, 'the content has no article in any category');
  await page.goto(`categories/${category!.value}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(category!.label);
  const listed = await page.locator('main article h2').allTextContents();
  expect(listed.map((t) => t.trim())).toEqual(titles(category!.articles.slice(0, PAGE_SIZE)));
  await page.locator('main article a').first().click();
  await expect(page.getByRole('navigation', { name: '当前位置' })).toContainText(category!.label);
});

test('a tag page lists the articles with that tag', async ({ page }) => {
  await page.goto('tags/');
  const tag = page.getByRole('main').getByRole('link', { name: /^#/ }).first();
  const label =
    (await tag.textContent())
      ?.replace(/\d+\s*$/, '')
      .trim()
      .replace(/^#/, '') ?? '';
  await tag.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`标签：${label}`);
  await page.locator('main article a').first().click();
  await expect(page.getByRole('list', { name: '标签' })).toContainText(label);
});

/** A branch that articles report on. */
const branch = entries('branches').find((b) => articles.some((a) => a.data.branch === b.id));

test('a branch page shows its facts and its articles', async ({ page }) => {
  test.skip(!branch, 'no article of the content reports on a branch');
  const name = String(branch!.data.name);
  await page.goto('branches/');
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.locator('main dl')).toContainText('支部书记');
  await expect(page.locator('main dl')).toContainText(String(branch!.data.secretary));
  await expect(page.getByRole('heading', { name: '支部动态' })).toBeVisible();
  const own = articles.filter((a) => a.data.branch === branch!.id);
  for (const title of titles(own))
    await expect(page.getByRole('main').getByRole('link', { name: title })).toBeVisible();
});

test('drafts are neither listed nor built', async ({ page, request, watch }) => {
  const hidden = drafts('articles').map((d) => d.id);
  test.skip(hidden.length === 0, 'the content has no draft article');
  const listed: string[] = [];
  await page.goto('articles/');
  for (;;) {
    listed.push(
      ...(await page.locator('main article a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))),
    );
    const next = page.getByRole('link', { name: '下一页' });
    if ((await next.count()) === 0) break;
    // The next page must have loaded before its links are read (reading too early counted a page twice or
    // missed one: 24 of 34 once under load).
    const target = new URL((await next.getAttribute('href'))!, page.url()).pathname;
    await next.click();
    await page.waitForURL((url) => url.pathname === target);
  }
  expect(listed).toHaveLength(articles.length);
  watch.allowedErrors.push(/404/);
  for (const id of hidden) {
    expect(listed.filter((href) => href.includes(`/articles/${id}/`))).toEqual([]);
    expect((await request.get(`articles/${id}/`)).status()).toBe(404);
    expect(await (await request.get('rss.xml')).text()).not.toContain(`/articles/${id}/`);
  }
});
