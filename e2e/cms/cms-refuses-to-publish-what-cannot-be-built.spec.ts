import { LOAD, logIn, publishNow, readInClone, save, setStatus, sourceMode } from './cms.ts';
import { expect, test } from './live-site.ts';

// Before an entry may go to 待发布, the CMS checks it with the build's own checks: a body the
// build would reject is saved (nothing typed is lost) but cannot move on, and the editor is told
// each problem with its line in the body. Once fixed, it goes through and is published.
const SLUG = '2026-theory-study-group-session';
const FILE = `src/content/articles/${SLUG}.mdx`;
const BAD = '学习要做到{学以致用}。';
const FIXED = '学习要做到学以致用。';

test('a body the build would reject is saved but cannot go to 待发布 until it is fixed', async ({
  page,
  live,
  watch,
}) => {
  test.setTimeout(300_000);
  // The gateway's refusal is an HTTP 422, which the browser logs.
  watch.allowedErrors.push(/422 \(Unprocessable Entity\) http:\/\/127\.0\.0\.1:\d+\/api\/v1\/$/);
  page.on('dialog', (dialog) => dialog.accept());
  await logIn(page);
  await page.goto(`admin/#/collections/articles/entries/${SLUG}`);
  await sourceMode(page);
  const body = page.getByLabel('正文');
  await expect(body).not.toHaveValue('', { timeout: LOAD });
  const original = await body.inputValue();
  await body.fill(`${original.trimEnd()}\n\n${BAD}\n`);
  const line = (await body.inputValue()).split('\n').indexOf(BAD) + 1;
  await save(page);
  expect(live.git('show', `cms/articles/${SLUG}:${FILE}`)).toContain(BAD);
  await setStatus(page, '待审核');

  // 待发布 is refused, with the reason in Chinese and the line in the body.
  await page.getByRole('button', { name: /^状态:/ }).click();
  await page.getByRole('menuitem', { name: '待发布' }).click();
  await expect(page.getByText(/更新状态失败.*不能使用花括号表达式/s).first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/API_ERROR/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: '状态: 待审核' })).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: '还不能发布' });
  await expect(notice).toContainText(`正文第 ${line} 行：`);
  await expect(notice).toContainText('花括号');
  // The same problem is written under the body's own label, where the editor will fix it.
  const fieldProblem = page.locator('ul[role="alert"]').filter({ hasText: `正文第 ${line} 行：` });
  await expect(fieldProblem).toBeVisible();
  await expect(fieldProblem.locator('xpath=preceding-sibling::*[1]').locator('label')).toHaveText('正文');
  await page.screenshot({ path: test.info().outputPath('refused-notice.png') });
  expect(readInClone(live.root, FILE)).not.toContain(BAD);

  // Fixed, it goes to 待发布 and is published.
  await body.fill(`${original.trimEnd()}\n\n${FIXED}\n`);
  await save(page);
  await setStatus(page, '待发布');
  await expect(page.getByRole('status').filter({ hasText: '还不能发布' })).toHaveCount(0, { timeout: 10_000 });
  await expect(page.locator('ul[role="alert"]').filter({ hasText: '正文第' })).toHaveCount(0);
  await publishNow(page);
  expect(readInClone(live.root, FILE)).toContain(FIXED);
});
