import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ACCOUNTS, EDITOR, LOAD, choose, logIn, publishNow, readInClone, save, setStatus, sourceMode } from './cms.ts';
import { expect, test } from './live-site.ts';

// One article's life, in order: each step builds on the one before.
test.describe.configure({ mode: 'serial' });

const TITLE = '学习贯彻全会精神';
const SLUG = '2026-11-25-xue-xi-guan-che-quan-hui-jing-shen';
const FILE = `src/content/articles/${SLUG}.mdx`;
const BODY = [
  '党委理论学习中心组召开专题学习会，传达学习全会精神。',
  '',
  '## 学习要点',
  '',
  '- 坚持党的全面领导',
  '- 深化职业教育改革',
  '',
  '会议要求各支部结合实际抓好落实，详见[学院官网](https://example.edu.cn/news/)。',
].join('\n');
const CALLOUT = '<Callout type="tip" title="学习提示">\n\n请各支部在月底前完成专题学习。\n\n</Callout>';

/**
 * Waits until the site rebuilt after the publish of `commit` went live, and returns the delay. A rebuild is a real
 * build: on a busy 2-core machine it took over a minute, so the limit only catches one that never comes.
 */
async function liveAfter(live: { lives: { ms: number; commit: string }[] }, commit: string) {
  await expect.poll(() => live.lives.some((l) => l.commit === commit), { timeout: 240_000 }).toBe(true);
  return live.lives.find((l) => l.commit === commit)!.ms;
}

test('an article written in the CMS goes through the workflow, is committed and goes live', async ({
  page,
  live,
  watch,
}) => {
  test.setTimeout(360_000);
  // Until it is published, the upload exists on the draft's branch only, not on the served site.
  watch.allowedErrors.push(/404 \(Not Found\) \S+\/uploads\/hui-chang-zhao-pian-\d{8}-\d{6}\.png$/);
  page.on('dialog', (dialog) => dialog.accept());
  await logIn(page);
  await page.goto('admin/#/collections/articles/new');
  await page.getByLabel('标题', { exact: true }).fill(TITLE);
  await page.getByLabel('发布日期').fill('2026-11-25');
  await page.getByLabel('摘要').fill('党委理论学习中心组召开专题学习会，深入学习全会精神。');
  await choose(page, '栏目', '党建动态');
  await page.getByLabel('作者').fill('党委宣传部 王晓岚');

  // The cover: an upload with a Chinese name gets a readable, unique ASCII name.
  await page.getByRole('button', { name: '选择图片' }).click();
  await page.locator('input[type="file"]').setInputFiles('e2e/cms/files/会场照片.png');
  const card = page.getByText(/^hui-chang-zhao-pian-\d{8}-\d{6}\.png$/);
  await expect(card).toBeVisible();
  const coverName = (await card.textContent())!;
  await page.getByRole('button', { name: '选用已选中项目' }).click();
  await page.getByLabel('封面图说明').fill('专题学习会会场');

  // The body: typed Markdown, then a component inserted from its form, not written by hand.
  await sourceMode(page);
  const body = page.getByLabel('正文');
  await body.fill(BODY);
  await page.getByRole('button', { name: '＋ 提示框' }).click();
  await page.getByLabel('类型').selectOption('tip');
  await page.getByLabel('标题（可选）').fill('学习提示');
  await page.getByLabel('内容').fill('请各支部在月底前完成专题学习。');
  await page.getByRole('button', { name: '插入提示框' }).click();
  await expect(body).toHaveValue(`${BODY}\n\n${CALLOUT}\n`);
  // The preview shows the component the way the site does.
  const preview = page.locator('iframe').first().contentFrame();
  await expect(preview.locator('aside', { hasText: '请各支部在月底前完成专题学习。' })).toBeVisible();

  await save(page);
  await expect(page).toHaveURL(new RegExp(`/collections/articles/entries/${SLUG}$`));
  const branch = `cms/articles/${SLUG}`;
  expect(live.git('log', '--format=%s', branch, '-1')).toBe(`新建文章：${SLUG}`);
  // The signed-in account is the author of the commit (name and e-mail); the CMS only commits it.
  expect(live.git('log', '--format=%an|%ae|%cn', branch, '-1')).toBe(
    `${EDITOR}|${ACCOUNTS.reviewer.email}|薪火内容管理`,
  );
  expect(existsSync(join(live.root, FILE)), 'a draft stays off the working branch').toBe(false);

  await setStatus(page, '待审核');
  await setStatus(page, '待发布');
  await publishNow(page);

  const expected = [
    '---',
    `title: ${TITLE}`,
    'date: 2026-11-25',
    'summary: 党委理论学习中心组召开专题学习会，深入学习全会精神。',
    'category: news',
    'tags: []',
    'author: 党委宣传部 王晓岚',
    `cover: /uploads/${coverName}`,
    'coverAlt: 专题学习会会场',
    'pinned: false',
    'draft: false',
    '---',
    `${BODY}\n\n${CALLOUT}\n`,
  ].join('\n');
  expect(live.git('branch', '--show-current')).toBe('main');
  expect(readInClone(live.root, FILE)).toBe(expected);
  expect(existsSync(join(live.root, 'public/uploads', coverName))).toBe(true);
  // Its own branch: other tests on this worker's live site may leave drafts of their own.
  expect(live.git('branch', '--list', `cms/articles/${SLUG}`), 'the workflow branch is merged and gone').toBe('');
  const head = live.git('rev-parse', 'main');
  expect(live.git('log', '--format=%s', 'main', '--', FILE)).toContain(`新建文章：${SLUG}`);

  const ms = await liveAfter(live, head);
  test.info().annotations.push({ type: 'publish-to-live', description: `${(ms / 1000).toFixed(1)} s` });
  await page.goto(`articles/${SLUG}/`);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '学习要点' })).toBeVisible();
  await expect(page.getByText('请各支部在月底前完成专题学习。')).toBeVisible();
  // The cover is shown, optimized by the build. (Not checked by file name: the build names an image after the
  // first file with the same bytes, and other tests on this worker's site may have uploaded the same picture.)
  const cover = page.locator('article img[alt="专题学习会会场"]').first();
  await expect(cover).toBeVisible();
  await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  // The public revision history names the editor.
  const history = page.locator('details.revision-history');
  await history.locator('summary').click();
  await expect(history.locator('li').first()).toContainText(EDITOR);
  // The rebuilt site's search index has it too: a phrase of its title and body finds it first.
  await page.goto(`search/?q=${encodeURIComponent('全会精神')}`);
  await expect(page.locator('[data-search-list] > li').first()).toContainText(TITLE);
});

test('a new entry with a title that is taken gets its own file', async ({ page, live }) => {
  await logIn(page);
  await page.goto('admin/#/collections/articles/new');
  await page.getByLabel('标题', { exact: true }).fill(TITLE);
  await page.getByLabel('发布日期').fill('2026-11-25');
  await page.getByLabel('摘要').fill('同名的另一篇文章，不能覆盖已发布的那一篇。');
  await choose(page, '栏目', '通知公告');
  await page.getByLabel('作者').fill('党委办公室');
  await sourceMode(page);
  await page.getByLabel('正文').fill('另一篇。\n');
  await save(page);
  await expect(page).toHaveURL(new RegExp(`/entries/${SLUG}-1$`));
  expect(live.git('show', `cms/articles/${SLUG}-1:${FILE.replace('.mdx', '-1.mdx')}`)).toContain('另一篇。');
  expect(readInClone(live.root, FILE)).toContain('category: news');
});

test('renaming a published article keeps its file and URL, and every step is in the history', async ({
  page,
  live,
}) => {
  page.on('dialog', (dialog) => dialog.accept());
  await logIn(page);
  await page.goto(`admin/#/collections/articles/entries/${SLUG}`);
  const title = page.getByLabel('标题', { exact: true });
  await expect(title).toHaveValue(TITLE, { timeout: LOAD });
  await title.fill(`${TITLE}（修订）`);
  await save(page);
  await setStatus(page, '待审核');
  await setStatus(page, '待发布');
  await publishNow(page);
  const before = readInClone(live.root, FILE);
  expect(before).toContain(`title: ${TITLE}（修订）`);
  expect(readdirSync(join(live.root, 'src/content/articles')).filter((f) => f.startsWith(SLUG))).toEqual([
    `${SLUG}.mdx`,
  ]);
  expect(live.git('log', '--format=%s', 'main', '--', FILE).split('\n')).toEqual([
    `修改文章：${SLUG}`,
    `新建文章：${SLUG}`,
  ]);
  await liveAfter(live, live.git('rev-parse', 'main'));
  await page.goto(`articles/${SLUG}/`);
  await expect(page.getByRole('heading', { level: 1, name: `${TITLE}（修订）` })).toBeVisible();
});

test('deleting a published article removes the page and keeps its history', async ({ page, live, watch }) => {
  page.on('dialog', (dialog) => dialog.accept());
  await logIn(page);
  await page.goto(`admin/#/collections/articles/entries/${SLUG}`);
  await expect(page.getByLabel('标题', { exact: true })).toHaveValue(`${TITLE}（修订）`, { timeout: LOAD });
  await page.getByRole('button', { name: '删除已发布的内容' }).click();
  await expect
    .poll(() => live.git('log', '-1', '--format=%s', 'main', '--', FILE), { timeout: 20_000 })
    .toBe(`删除文章：${SLUG}`);
  expect(live.git('show', '--format=', '--name-status', 'main', '--', FILE)).toBe(`D\t${FILE}`);
  expect(live.git('log', '--format=%s', 'main', '--', FILE).split('\n')).toEqual([
    `删除文章：${SLUG}`,
    `修改文章：${SLUG}`,
    `新建文章：${SLUG}`,
  ]);
  await liveAfter(live, live.git('rev-parse', 'main'));
  watch.allowedErrors.push(/404/);
  const response = await page.goto(`articles/${SLUG}/`);
  expect(response?.status()).toBe(404);
});
