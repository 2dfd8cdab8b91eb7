import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

// The committed sample statistics the starter site is built with.
const stats = JSON.parse(readFileSync(new URL('../src/data/stats.json', import.meta.url), 'utf8')) as {
  months: { month: string; pages: { path: string; views: number }[]; searches: { term: string; zero: number }[] }[];
};

test('/topics/ renders keyword trends, reader charts and their data tables', async ({ page }) => {
  await page.goto('topics/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('热点分析');
  const trend = page.getByRole('figure').filter({ hasText: '关键词趋势' });
  // One row of month bars per keyword, the most used first, each saying its total in words.
  const rows = trend.locator('[data-trend]');
  await expect(rows).toHaveCount(6);
  const totals = await rows.evaluateAll((items) =>
    items.map((item) => Number(/共 (\d+) 次/.exec(item.textContent ?? '')?.[1])),
  );
  expect(totals.every((n) => n > 0)).toBe(true);
  expect(totals).toEqual([...totals].sort((a, b) => b - a));
  await expect(rows.first().locator('svg[role="img"] rect').first()).toBeVisible();
  await trend.locator('summary', { hasText: '数据表' }).click();
  await expect(trend.locator('table tbody tr').first()).toBeVisible();
  const visits = page.getByRole('figure').filter({ hasText: '每月访问量' });
  await expect(visits.locator('table tbody tr')).toHaveCount(stats.months.length);
  const lastMonth = stats.months.at(-1)!.month;
  await expect(visits.locator('table tbody tr').last().locator('th')).toHaveText(lastMonth);
  // Most-read pages are named by their titles, never by their paths.
  const read = page.getByRole('figure').filter({ hasText: '最常阅读' }).getByRole('listitem');
  await expect(read.first()).toBeVisible();
  for (const text of await read.allTextContents()) expect(text).not.toMatch(/\/[a-z-]+\//);
  await expect(read.filter({ hasText: /^党建动态/ })).toHaveCount(1);
  // Every period offered is a recent one: the imported 2021 article opens no period of its own.
  await expect(page.getByRole('navigation', { name: '选择时间段' })).not.toContainText('2021');
  // Keyword bars are ranked: the counts never grow down the list.
  const counts = (
    await page
      .getByRole('figure')
      .filter({ hasText: '最新一季高频关键词' })
      .locator('ol > li > span.tabular-nums')
      .allTextContents()
  ).map(Number);
  expect(counts.length).toBeGreaterThan(3);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));

  // A quarter's report: keywords from the content, with party terms kept whole by the dictionary.
  await page.getByRole('navigation', { name: '选择时间段' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/topics\/\d{4}-q\d\/$/);
  const keywords = page.getByRole('figure').filter({ hasText: '高频关键词' });
  await expect(keywords.getByRole('listitem').first()).toBeVisible();
});

test('party terms stay whole in the keyword analysis', async ({ page }) => {
  await page.goto('topics/2026-q2/');
  const keywords = page.getByRole('figure').filter({ hasText: '高频关键词' });
  await expect(keywords.getByRole('listitem').filter({ hasText: /^三会一课/ })).toHaveCount(1);
  await expect(keywords.getByText('三会', { exact: true })).toHaveCount(0);
});

test('filler words never rank as topics', async ({ page }) => {
  for (const path of ['topics/', 'topics/2026-q3/', 'topics/2026-q4/']) {
    await page.goto(path);
    const keywords = page.getByRole('figure').filter({ hasText: '高频关键词' }).locator('ol > li');
    await expect(keywords.first()).toBeVisible();
    for (const word of ['平台', '手机', '数字', '等次']) {
      await expect(keywords.filter({ hasText: new RegExp(`^${word}\\d`) }), `${path} ${word}`).toHaveCount(0);
    }
  }
});

test('the home page shows 热门文章 from the access statistics', async ({ page }) => {
  const recent = stats.months.slice(-3).flatMap((m) => m.pages);
  const views = new Map<string, number>();
  for (const p of recent) views.set(p.path, (views.get(p.path) ?? 0) + p.views);
  const top = [...views]
    .filter(([path]) => path.startsWith('articles/') && path !== 'articles/')
    .sort((a, b) => b[1] - a[1])[0]!;
  await page.goto('');
  const popular = page.getByRole('region', { name: '热门文章' });
  await expect(popular.getByRole('listitem').first()).toContainText(`${top[1]} 次阅读`);
  await expect(popular.getByRole('link').nth(1)).toHaveAttribute('href', new RegExp(`/${top[0]}$`));
});

test('search reports each settled query to the logging path, with its result count', async ({ page }) => {
  await page.goto('articles/');
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: '搜索全站' });
  // Popular searches are offered before typing and fill the query.
  const suggestion = dialog.getByRole('button', { name: '三会一课' });
  await expect(suggestion).toBeVisible();
  const report = page.waitForRequest((r) => r.url().includes('_s/?q='));
  await suggestion.click();
  await expect(dialog.getByRole('combobox', { name: '搜索关键词' })).toHaveValue('三会一课');
  await expect(dialog.getByRole('option').first()).toBeVisible();
  const url = new URL((await report).url());
  expect(url.pathname.endsWith('/_s/')).toBe(true);
  expect(url.searchParams.get('q')).toBe('三会一课');
  expect(Number(url.searchParams.get('n'))).toBeGreaterThan(0);

  const zero = page.waitForRequest((r) => r.url().includes('_s/?q='));
  await dialog.getByRole('combobox', { name: '搜索关键词' }).fill('量子纠缠区块链');
  await expect(dialog.getByRole('status')).toContainText('没有找到');
  expect(new URL((await zero).url()).searchParams.get('n')).toBe('0');
});

test('the zero-result searches page is for editors only', async ({ page, request }) => {
  const zeroTerms = stats.months.flatMap((m) => m.searches.filter((s) => s.zero > 0).map((s) => s.term));
  await page.goto('topics/zero-results/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.getByRole('main')).toContainText(zeroTerms[0]!);
  const sitemap = await (await request.get('sitemap-0.xml')).text();
  expect(sitemap).toContain('/topics/');
  expect(sitemap).not.toContain('zero-results');
});
