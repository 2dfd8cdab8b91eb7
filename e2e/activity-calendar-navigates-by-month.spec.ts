import { expect, test } from './fixtures.ts';

test('the calendar opens on the as-of month and moves to the previous and next months', async ({ page }) => {
  await page.goto('activities/calendar/');
  await expect(page.getByRole('heading', { level: 2, name: '2026年11月' })).toBeVisible();
  // 28 November: the general meeting of the IT students' branch.
  await expect(
    page
      .getByRole('table')
      .getByRole('link', { name: /支部党员大会/ })
      .first(),
  ).toBeVisible();

  await page.getByRole('link', { name: '‹ 上个月' }).click();
  await expect(page).toHaveURL(/activities\/calendar\/2026-10\/$/);
  await expect(page.getByRole('heading', { level: 2, name: '2026年10月' })).toBeVisible();

  await page.getByRole('link', { name: '下个月 ›' }).click();
  await page.getByRole('link', { name: '下个月 ›' }).click();
  await expect(page).toHaveURL(/activities\/calendar\/2026-12\/$/);
  // December is the last month with records: no link further.
  await expect(page.getByRole('link', { name: '下个月 ›' })).toHaveCount(0);

  await page
    .getByRole('table')
    .getByRole('link', { name: /党小组会/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('实习党员党小组会');
});

test('an online meeting shows its join link and its status', async ({ page }) => {
  await page.goto('activities/2026-12-biz-students-interns-online-group-meeting/');
  const join = page.getByRole('link', { name: '进入线上会议' });
  await expect(join).toHaveAttribute('href', 'https://meeting.huazhang.edu.cn/j/2612101930');
  // The reader's clock decides: 20:00 in Beijing on 10 December, during the 19:30–20:45 meeting.
  await page.clock.install({ time: new Date('2026-12-10T12:00:00Z') });
  await page.reload();
  await expect(page.locator('[data-join-status]')).toHaveAttribute('data-join-status', 'live');
  await expect(page.locator('[data-join-status]')).toHaveText('正在进行');
  await page.clock.setSystemTime(new Date('2026-12-10T13:00:00Z'));
  await page.reload();
  await expect(page.locator('[data-join-status]')).toHaveText('已结束');
  await expect(join).toHaveAttribute('aria-disabled', 'true');
});

test('the join status falls back to the build’s as-of date without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('activities/2026-12-biz-students-interns-online-group-meeting/');
  await expect(page.locator('[data-join-status]')).toHaveText('尚未开始');
  await context.close();
});
