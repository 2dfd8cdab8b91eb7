import { LOAD, logIn, sourceMode } from './cms.ts';
import { expect, test } from './live-site.ts';

test('a refused save says what is wrong in Chinese and keeps what was typed', async ({ page, watch }) => {
  // Decap refuses a save with errors by rejecting a promise without a reason (actions/entries.js
  // persistEntry), which the page reports as an uncaught "undefined".
  watch.allowedErrors.push(/^undefined$/);
  await logIn(page);
  await page.goto('admin/#/collections/articles/new');
  const title = page.getByLabel('标题', { exact: true });
  await expect(title).toBeVisible({ timeout: LOAD });
  // Nothing was saved yet, so nothing may say so.
  await expect(page.getByText('修改已保存')).toHaveCount(0);

  // The date box reads the way its hint does, and an impossible date is named, not emptied.
  const date = page.getByLabel('发布日期');
  await expect(date).toHaveAttribute('placeholder', /^YYYY-MM-DD/);
  await date.fill('2026-02-30');
  await page.getByLabel('摘要').fill('太短');
  await sourceMode(page);
  await page.getByLabel('正文').fill('正文。\n');
  // The editor is at the body now; the first problem (the empty title) is out of sight.
  await expect(title).not.toBeInViewport();
  await page.getByRole('button', { name: '保存', exact: true }).click();

  await expect(page.getByText('还有内容没有填好，请按表单中标红的提示修改后再保存。')).toBeVisible();
  await expect(page.getByText('“发布日期”：2026 年 2 月没有 30 日（这个月只有 28 天）。')).toBeVisible();
  await expect(page.getByText('“摘要”须为 10–200 个字。')).toBeVisible();
  await expect(page.getByText('请填写“标题”。')).toBeVisible();
  await expect(date).toHaveValue('2026-02-30');
  // The refusal brings the first field with a problem into view, ready to type in.
  await expect(title).toBeInViewport();
  await expect(title).toBeFocused();
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/漏掉了一个|不满足模式|就绪|mm\/dd\/yyyy/);

  // Screen-reader labels are Chinese too.
  const labels = await page.locator('[aria-label]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  expect(labels.filter((l) => /^[A-Za-z ]+$/.test(l ?? ''))).toEqual([]);
});
