import type { Browser } from '@playwright/test';
import type { AccountName } from './accounts.ts';
import { LOAD, logIn, save } from './cms.ts';
import { expect, test, type LiveSite } from './live-site.ts';

// Two people on one article, each in their own browser: the second save is refused with a
// conflict message instead of silently replacing the first, and what the second typed stays on
// their screen. An editor (编辑) may send a draft for review but not publish it.
const SLUG = '2025-teacher-ethics-focus';
const FILE = `src/content/articles/${SLUG}.mdx`;

/** Another person's browser, signed in with their own account. */
async function person(browser: Browser, live: LiveSite, who: AccountName) {
  const context = await browser.newContext({ baseURL: live.url, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  await logIn(page, who);
  return page;
}

test('a save based on an older version is refused with a conflict, and both texts survive', async ({
  page,
  browser,
  live,
  watch,
}) => {
  test.setTimeout(240_000);
  // The refused save is answered 409, which the browser logs.
  watch.allowedErrors.push(/status of 409 \(Conflict\) http:\/\/127\.0\.0\.1:\d+\/api\/v1\/$/);
  await logIn(page, 'reviewer');
  const other = await person(browser, live, 'second');
  // The second browser's errors count too, named with their URL as the fixture names the first's.
  other.on('console', (m) => m.type() === 'error' && watch.consoleErrors.push(`${m.text()} ${m.location().url}`));
  for (const p of [page, other]) {
    await p.goto(`admin/#/collections/articles/entries/${SLUG}`);
    await expect(p.getByLabel('摘要')).not.toHaveValue('', { timeout: LOAD });
  }
  const summary = await page.getByLabel('摘要').inputValue();
  await page.getByLabel('摘要').fill(`${summary}（王改）`);
  await other.getByLabel('摘要').fill(`${summary}（李改）`);
  await save(page);
  await other.getByRole('button', { name: '保存', exact: true }).click();
  await expect(other.getByText(/保存冲突：测试编辑 王晓岚 在 .* 保存了这篇草稿/).first()).toBeVisible({
    timeout: 20_000,
  });
  // Nothing of the first is lost, and the second's text is still in the form, unsaved.
  expect(live.show(`cms/articles/${SLUG}`, FILE)).toContain(`summary: ${summary}（王改）`);
  await expect(other.getByLabel('摘要')).toHaveValue(`${summary}（李改）`);
  await expect(other.getByText('含未保存的修改')).toBeVisible();
  await other.context().close();
});

test('an editor sends a draft for review, and the server refuses 待发布 and 发布 from that account', async ({
  browser,
  live,
}) => {
  test.setTimeout(240_000);
  const editor = await person(browser, live, 'editor');
  const refused: string[] = [];
  editor.on('console', (m) => m.type() === 'error' && refused.push(`${m.text()} ${m.location().url}`));
  await editor.goto(`admin/#/collections/articles/entries/2026-admin-first-practical-matters`);
  const summary = editor.getByLabel('摘要');
  await expect(summary).not.toHaveValue('', { timeout: LOAD });
  await summary.fill(`${await summary.inputValue()}（赵雨草稿）`);
  await save(editor);
  await editor.getByRole('button', { name: /^状态:/ }).click();
  await editor.getByRole('menuitem', { name: '待发布' }).click();
  await expect(editor.getByText(/只有“审核”或“管理员”账号可以做这一步/).first()).toBeVisible({ timeout: 20_000 });
  // The server said no: the branch is still a draft, and the published branch never moved.
  expect(live.git('config', '--get', 'branch.cms/articles/2026-admin-first-practical-matters.description')).toBe(
    'decap-cms/draft',
  );
  const api = await editor.request.post('api/v1/', {
    data: {
      action: 'publishUnpublishedEntry',
      params: { collection: 'articles', slug: '2026-admin-first-practical-matters' },
    },
  });
  expect(api.status()).toBe(403);
  expect(live.git('show', 'main:src/content/articles/2026-admin-first-practical-matters.mdx')).not.toContain(
    '赵雨草稿',
  );
  // The only errors: the refusal (403) and Decap asking whether a draft exists before the first save (404).
  expect(refused.filter((text) => !/status of (403|404) .*\/api\/v1\/$/.test(text))).toEqual([]);
  await editor.context().close();
});
