import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

test('the article list paginates and page 2 continues where page 1 ends', async ({ page }) => {
  await page.goto('articles/');
  const titles1 = await page.locator('main article h2').allTextContents();
  expect(titles1).toHaveLength(10);
  await page.getByRole('navigation', { name: '翻页' }).getByRole('link', { name: '下一页' }).click();
  await expect(page).toHaveURL(/articles\/page\/2\/$/);
  const titles2 = await page.locator('main article h2').allTextContents();
  expect(titles2.length).toBeGreaterThan(0);
  expect(titles2.filter((t) => titles1.includes(t))).toEqual([]);
  await expect(page.getByRole('navigation', { name: '翻页' }).locator('[aria-current="page"]')).toContainText('2');
});

test('a category lists only its own articles', async ({ page }) => {
  await page.goto('categories/notice/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('通知公告');
  const count = await page.locator('main article').count();
  expect(count).toBeGreaterThanOrEqual(6);
  await page.locator('main article a').first().click();
  await expect(page.getByRole('navigation', { name: '当前位置' })).toContainText('通知公告');
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

test('a branch page shows its facts and its articles', async ({ page }) => {
  await page.goto('branches/');
  await page.getByRole('link', { name: '信息工程学院教工党支部' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('信息工程学院教工党支部');
  await expect(page.locator('main dl')).toContainText('支部书记');
  await expect(page.getByRole('heading', { name: '支部动态' })).toBeVisible();
});

test('drafts are neither listed nor built', async ({ page, request, watch }) => {
  const drafts = draftArticleIds();
  expect(drafts.length, 'the starter content has a draft to test with').toBeGreaterThan(0);
  const listed: string[] = [];
  await page.goto('articles/');
  for (;;) {
    listed.push(
      ...(await page.locator('main article a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))),
    );
    const next = page.getByRole('link', { name: '下一页' });
    if ((await next.count()) === 0) break;
    await next.click();
  }
  expect(listed.length).toBeGreaterThan(20);
  watch.allowedErrors.push(/404/);
  for (const id of drafts) {
    expect(listed.filter((href) => href.includes(`/articles/${id}/`))).toEqual([]);
    expect((await request.get(`articles/${id}/`)).status()).toBe(404);
    expect(await (await request.get('rss.xml')).text()).not.toContain(`/articles/${id}/`);
  }
});

/** Ids of the articles marked `draft: true` in the content folder. */
function draftArticleIds(): string[] {
  const dir = 'src/content/articles';
  return readdirSync(dir)
    .filter((file) => /^draft:\s*true\s*$/m.test(readFileSync(`${dir}/${file}`, 'utf8').split(/^---$/m)[1] ?? ''))
    .map((file) => file.replace(/\.mdx$/, ''));
}
