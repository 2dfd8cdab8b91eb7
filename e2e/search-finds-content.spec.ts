import * as OpenCC from 'opencc-js/cn2t';
import { extractText } from '../src/search/attachments.ts';
import { toSimplified } from '../src/search/chinese.ts';
import { ACTIVITY_TYPES, labelOf } from '../src/model/collections.ts';
import { domainTerms, entries, escapeRegExp, headings, inLanguage, mentioning, searchable } from './content.ts';
import { expect, test, type Page } from './fixtures.ts';

/** The content's most used domain term (settings/topics.yml): a word many pages of every kind share. */
const word = domainTerms()[0];
const noWord = 'no domain term of settings/topics.yml occurs in the content';
/** Whether no page of the content says `words` (in its title, frontmatter or body). */
const unsaid = (words: string) => mentioning(words).length === 0;
/** Short runs of text between punctuation, the way a reader would quote them. */
const clauses = (text: string) => text.split(/[\s，。、；：！？,.;:!?（）()《》「」『』“”"'‘’・·—-]+/u).filter(Boolean);

const openDialog = async (page: Page) => {
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: '搜索全站' });
  await expect(dialog).toBeVisible();
  return dialog;
};

test('the quick-search dialog opens with Ctrl+K and lists results as the reader types', async ({ page }) => {
  test.skip(!word, noWord);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('');
  await page.waitForLoadState('networkidle');
  expect(
    requests.filter((u) => u.includes('/pagefind/')),
    'no search code before searching',
  ).toEqual([]);

  const dialog = await openDialog(page);
  const input = dialog.getByRole('combobox', { name: '搜索关键词' });
  await expect(input).toBeFocused();
  await input.fill(word!);
  const options = dialog.getByRole('option');
  await expect(options.first()).toContainText(word!);
  await expect(dialog.getByRole('status')).toContainText(/找到 \d+ 条结果/);
  expect(requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);

  // Keyboard only: ArrowDown marks the first option, Enter opens it.
  await input.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', 'quick-search-option-0');
  await input.press('Enter');
  await expect(page).toHaveURL(/hl=/);
  await expect(page.locator('mark[data-search-hit]').first()).toBeInViewport();
  await expect(page.locator('mark[data-search-hit]').first()).toHaveText(word!);
});

test('the slash key opens the dialog, Escape closes it', async ({ page }) => {
  await page.goto('articles/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: '搜索全站' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the search link works as a plain link to the search page', async ({ page }) => {
  await page.goto('');
  const link = page.getByRole('link', { name: '搜索' }).first();
  expect(await link.getAttribute('href')).toMatch(/search\/$/);
});

/** Mainland Simplified to Taiwan Traditional, phrases included: the reverse of the site's conversion. */
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'twp' });
/** A domain term written differently in Traditional characters, which the site converts back. */
const simplified = domainTerms().find((t) => toTraditional(t) !== t && toSimplified(toTraditional(t)) === t);
/**
 * A quotation in Traditional characters (marked lang="zh-Hant"), and a clause of it that needs converting
 * and that the site says nowhere else in Simplified.
 */
const quoted = entries('articles')
  .flatMap((a) =>
    inLanguage('articles', a.id, 'zh-Hant')
      .flatMap(clauses)
      .map((text) => ({ article: a, text, query: toSimplified(text) })),
  )
  .find((q) => q.query !== q.text && [...q.query].length >= 6 && unsaid(q.query));

test('Traditional and Simplified queries find each other', async ({ page }) => {
  test.skip(!simplified || !quoted, 'the content has no Traditional quotation or no domain term to convert');
  // Traditional query, Simplified text.
  await page.goto(`search/?q=${encodeURIComponent(toTraditional(simplified!))}`);
  await expect(page.locator('[data-search-list] li').first()).toContainText(simplified!);
  // Simplified query, Traditional text (a quotation marked lang="zh-Hant").
  await page.goto(`search/?q=${encodeURIComponent(quoted!.query)}`);
  const first = page.locator('[data-search-list] li').first();
  await expect(first).toContainText(String(quoted!.article.data.title));
  await first.getByRole('link').first().click();
  const hit = page.locator('mark[data-search-hit]').first();
  await expect(hit).toHaveText(quoted!.text);
  await expect(hit).toBeInViewport();
});

test('filters, sort and the query live in the URL, and Back replays them', async ({ page }) => {
  test.skip(!word || !mentioning(word).some((e) => e.collection === 'materials'), 'no material uses a domain term');
  await page.goto(`search/?q=${encodeURIComponent(word!)}`);
  const results = page.locator('[data-search-list] > li');
  await expect(results.first()).toBeVisible();
  const status = page.getByRole('status');
  await expect(status).toContainText(/共 \d+ 条/);
  const all = Number(/共 (\d+) 条/.exec((await status.textContent()) ?? '')?.[1]);
  expect(all).toBeGreaterThan(10);
  await expect(page.getByRole('button', { name: '显示更多结果' })).toBeVisible();

  const type = page.getByRole('combobox', { name: '类型' });
  await expect(type.locator('option', { hasText: /^学习资料（\d+）$/ })).toHaveCount(1);
  await type.selectOption('学习资料');
  await expect(page).toHaveURL(/type=%E5%AD%A6%E4%B9%A0%E8%B5%84%E6%96%99/);
  await expect(status).toHaveText(new RegExp(`共 (?!${all} )\\d+ 条`));
  const filtered = Number(/共 (\d+) 条/.exec((await status.textContent()) ?? '')?.[1]);
  expect(filtered).toBeLessThan(all);
  for (const item of await results.all()) await expect(item).toContainText('学习资料');

  await page.getByRole('combobox', { name: '排序' }).selectOption('date');
  await expect(page).toHaveURL(/sort=date/);
  await expect(status).toContainText('按发布时间排列');
  const dates = await results.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(1);
  expect([...dates].sort().reverse()).toEqual(dates);

  await page.goBack();
  await expect(page).not.toHaveURL(/sort=date/);
  await expect(page.getByRole('combobox', { name: '排序' })).toHaveValue('');
  await page.goBack();
  await expect(type).toHaveValue('');
  await expect(status).toContainText(`共 ${all} 条`);
});

/** A material with a PDF attachment, and a phrase of the PDF that no page of the site says. */
async function pdfPhrase() {
  for (const material of entries('materials')) {
    const attachments = (material.data.attachments ?? []) as { file: string }[];
    for (const { file } of attachments.filter((a) => /\.pdf$/i.test(a.file))) {
      const text = await extractText(`public${file}`);
      const phrase = clauses(text).find((c) => /^\p{Script=Han}{8,20}$/u.test(c) && unsaid(c));
      if (phrase) return { material, phrase };
    }
  }
  return undefined;
}

test('a phrase found only inside a PDF attachment finds the material and names the file', async ({ page }) => {
  const found = await pdfPhrase();
  test.skip(!found, 'no material of the content has a PDF attachment with text of its own');
  await page.goto(`search/?q=${encodeURIComponent(found!.phrase)}`);
  const first = page.locator('[data-search-list] > li').first();
  await expect(first).toContainText(String(found!.material.data.title));
  const attachment = first.getByRole('link', { name: /附件：.*\.pdf/ });
  await expect(attachment).toBeVisible();
  await attachment.click();
  await expect(page).toHaveURL(new RegExp(`materials/${found!.material.id}/\\?hl=.*#attachment-\\d`));
});

test('a search with no result says so and suggests what to do', async ({ page }) => {
  const nowhere = '火星探测器';
  expect(mentioning(nowhere), 'no page of the content says it').toEqual([]);
  await page.goto(`search/?q=${encodeURIComponent(nowhere)}`);
  await expect(page.getByRole('status')).toContainText('没有找到');
  await expect(page.getByRole('heading', { name: '没有找到相关内容' })).toBeVisible();
  await expect(page.locator('[data-search-list] > li')).toHaveCount(0);
});

test('the search page is usable with the keyboard alone', async ({ page }) => {
  test.skip(!word, noWord);
  await page.goto('search/');
  await page.keyboard.press('/');
  const input = page.getByRole('searchbox', { name: '搜索关键词' });
  await expect(input).toBeFocused();
  await page.keyboard.type(word!);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`q=${escapeRegExp(encodeURIComponent(word!))}`));
  const firstLink = page.locator('[data-search-list] a').first();
  await expect(firstLink).toBeVisible();
  await firstLink.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('mark[data-search-hit]').first()).toBeVisible();
});

/** The activity type the content's records use most, by its label. */
const [type] = ACTIVITY_TYPES.map((t) => ({
  label: labelOf(ACTIVITY_TYPES, t.value),
  count: entries('activities').filter((a) => a.data.type === t.value).length,
})).sort((a, b) => b.count - a.count);
/** A lesson with a section heading no other lesson uses, its course and that heading's words (without `一、`). */
const lesson = entries('lessons')
  .flatMap((l) =>
    headings('lessons', l.id).map((h) => ({
      lesson: l,
      words: h.text.replace(/^[一二三四五六七八九十\d]+[、.．]\s*/u, ''),
    })),
  )
  .find(({ lesson: l, words }) =>
    searchable().every((e) => e.collection !== 'lessons' || e.id === l.id || !e.text.includes(words)),
  );

test('organizational-life records and lessons are searchable with their own filters', async ({ page }) => {
  test.skip(!type?.count || !lesson, 'the content has no activity record or no lesson with a heading of its own');
  await page.goto(`search/?q=${encodeURIComponent(type!.label)}&type=组织生活`);
  const results = page.locator('[data-search-list] > li');
  await expect(page.getByRole('status')).toContainText(/共 \d+ 条/);
  expect(await results.count()).toBeGreaterThan(0);
  for (const item of await results.all()) await expect(item).toContainText('组织生活');
  await expect(
    page
      .getByRole('combobox', { name: '栏目' })
      .locator('option', { hasText: new RegExp(`^${escapeRegExp(type!.label)}（\\d+）$`) }),
  ).toHaveCount(1);

  await page.goto(`search/?q=${encodeURIComponent(lesson!.words)}&type=课时`);
  await expect(results.first()).toContainText(String(lesson!.lesson.data.title));
  await expect(results.first()).toContainText(
    String(entries('courses').find((c) => c.id === lesson!.lesson.data.course)?.data.title),
  );
});

/** An activity held at a place that no other page names: its search result's excerpt shows its facts. */
const placed = entries('activities').find(
  (a) => typeof a.data.location === 'string' && mentioning(String(a.data.location)).length === 1,
);

test('a search excerpt reads the facts of an activity record as labelled clauses, not run together', async ({
  page,
}) => {
  test.skip(!placed, 'no activity record names a place of its own');
  const location = String(placed!.data.location);
  await page.goto(`search/?q=${encodeURIComponent(location)}`);
  const first = page.locator('[data-search-list] > li').first();
  await expect(first.locator('h2')).toHaveText(String(placed!.data.title));
  await expect(first.locator('p').last()).toContainText(`地点：${location}`);
});
