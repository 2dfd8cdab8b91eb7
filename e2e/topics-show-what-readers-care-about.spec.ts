import { readFileSync } from 'node:fs';
import { periodKey, periodLabel, quarterKey, quarterOf } from '../src/lib/date.ts';
import { CATEGORIES } from '../src/model/collections.ts';
import { recentMonths } from '../src/topics/keywords.ts';
import { latestMonths, periodStats, popularSearches } from '../src/topics/stats/report.ts';
import { STOP_WORDS } from '../src/topics/stop-words.ts';
import type { Stats } from '../src/topics/stats/schema.ts';
import { domainTerms, mentioning, newestFirst, searchable, settings } from './content.ts';
import { expect, test, type Page } from './fixtures.ts';

// The committed sample statistics the starter site is built with.
const stats = JSON.parse(readFileSync(new URL('../src/data/stats.json', import.meta.url), 'utf8')) as Stats;

/** As src/topics/insights.ts: 热门文章 and 最常阅读 count the last 3 months; the period reports go back 12. */
const RECENT_MONTHS = 3;
const PERIOD_MONTHS = 12;

/** The months of the keyword analysis: those of the published articles and materials. */
const contentMonths = [...newestFirst('articles'), ...newestFirst('materials')].map((e) =>
  periodKey(e.data.date, 'month'),
);
/** The months the period reports offer (newest first), as the site picks them, and their quarters. */
const periodMonths = recentMonths([...contentMonths, ...stats.months.map((m) => m.month)], PERIOD_MONTHS).reverse();
const periodQuarters = [
  ...new Set(periodMonths.map((m) => quarterKey(Number(m.slice(0, 4)), quarterOf(Number(m.slice(5)))))),
];
/** Months of old content (an imported article) too far back to open a period of their own. */
const strayMonths = [...new Set(contentMonths)].filter((m) => !periodMonths.includes(m));

/** Titles the most-read list must use for site paths: category labels and article titles. */
const titleOf = new Map<string, string>([
  ...CATEGORIES.map((c) => [`categories/${c.value}/`, c.label] as const),
  ...newestFirst('articles').map((a) => [`articles/${a.id}/`, String(a.data.title)] as const),
]);

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
  // The pages read most in the recent months (all shown: only pages the site no longer has are left out) by their titles.
  const mostRead = periodStats(stats, latestMonths(stats, RECENT_MONTHS))
    .pages.slice(0, 10)
    .filter((p) => titleOf.has(p.path));
  expect(mostRead.length).toBeGreaterThan(0);
  for (const p of mostRead) {
    await expect(read.getByRole('link', { name: titleOf.get(p.path)!, exact: true }), p.path).toHaveCount(1);
  }
  // Every period offered is a recent one: an old imported article opens no period of its own.
  const periods = page.getByRole('navigation', { name: '选择时间段' });
  await expect(periods.getByRole('link')).toHaveText([...periodQuarters, ...periodMonths].map(periodLabel));
  for (const month of strayMonths) await expect(periods).not.toContainText(periodLabel(month));
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

/** The keywords a period page lists (each row is the word, then its count). */
async function keywordsOf(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  const rows = page.getByRole('figure').filter({ hasText: '高频关键词' }).locator('ol > li');
  await expect(rows.first(), path).toBeVisible();
  return (await rows.locator('> :first-child').allTextContents()).map((t) => t.trim());
}

/** The texts the keyword analysis reads: the published articles and materials. */
const analysed = searchable().filter((e) => e.collection === 'articles' || e.collection === 'materials');
/**
 * Each domain term with its parts that the content never uses on their own (三会 of 三会一课): a keyword
 * among those would be a party term cut in two.
 */
const cutParts = (domainTerms() as string[]).map((term) => ({
  term,
  parts: [...term]
    .map((_, i) => [term.slice(0, i), term.slice(i)])
    .flat()
    .filter((part) => part.length >= 2 && part !== term)
    .filter((part) => analysed.every((e) => !e.text.split(term).join('|').includes(part))),
}));

test('party terms stay whole in the keyword analysis', async ({ page }) => {
  const listed = new Map<string, string[]>();
  for (const quarter of periodQuarters) listed.set(quarter, await keywordsOf(page, `topics/${quarter}/`));
  const whole = cutParts.filter((c) => c.parts.length > 0 && [...listed.values()].some((k) => k.includes(c.term)));
  // A term a period lists whole, such as 三会一课…
  expect(whole.length, 'some period lists a party term whose parts are not words of their own').toBeGreaterThan(0);
  // …and no period lists a part of one (三会).
  for (const [quarter, keywords] of listed) {
    expect(
      keywords.filter((k) => cutParts.some((c) => c.parts.includes(k))),
      quarter,
    ).toEqual([]);
  }
});

test('filler words never rank as topics', async ({ page }) => {
  // The built-in stop words and the editors' own (settings/topics.yml).
  const stops = new Set([...STOP_WORDS, ...((settings('topics').stopWords ?? []) as string[])]);
  for (const path of ['topics/', ...periodQuarters.map((q) => `topics/${q}/`)]) {
    expect(
      (await keywordsOf(page, path)).filter((k) => stops.has(k)),
      path,
    ).toEqual([]);
  }
});

test('the home page shows 热门文章 from the access statistics', async ({ page }) => {
  const recent = stats.months.slice(-RECENT_MONTHS).flatMap((m) => m.pages);
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
  // Popular searches are offered before typing and fill the query: the most frequent recent one first.
  const popular = popularSearches(periodStats(stats, latestMonths(stats, RECENT_MONTHS)), 1)[0];
  test.skip(!popular, 'the access statistics have no search that found something');
  const suggestion = dialog.getByRole('button', { name: popular, exact: true });
  await expect(suggestion).toBeVisible();
  const report = page.waitForRequest((r) => r.url().includes('_s/?q='));
  await suggestion.click();
  await expect(dialog.getByRole('combobox', { name: '搜索关键词' })).toHaveValue(popular!);
  await expect(dialog.getByRole('option').first()).toBeVisible();
  const url = new URL((await report).url());
  expect(url.pathname.endsWith('/_s/')).toBe(true);
  expect(url.searchParams.get('q')).toBe(popular);
  expect(Number(url.searchParams.get('n'))).toBeGreaterThan(0);

  const zero = page.waitForRequest((r) => r.url().includes('_s/?q='));
  expect(mentioning('量子纠缠区块链'), 'no page of the content says it').toEqual([]);
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
