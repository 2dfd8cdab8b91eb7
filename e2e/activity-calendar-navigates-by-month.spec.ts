import { calendarMonths, DEFAULT_DURATION_MS } from '../src/activities/activities.ts';
import { formatTime, monthKey, monthOf, periodLabel, type YearMonth } from '../src/lib/date.ts';
import { ACTIVITY_TYPES, labelOf } from '../src/model/collections.ts';
import { asOf, dateOf, entries, escapeRegExp } from './content.ts';
import { expect, test } from './fixtures.ts';

/** The activities of the content with their instants, earliest first (as a calendar day lists them). */
const activities = entries('activities')
  .map((a) => ({ ...a, date: dateOf(a.data.date), end: a.data.end === undefined ? undefined : dateOf(a.data.end) }))
  .sort((a, b) => a.date.getTime() - b.date.getTime());
const inMonth = (month: YearMonth) => activities.filter((a) => monthKey(monthOf(a.date)) === monthKey(month));
/** How the calendar names an activity: its time and type, then its title (read out after the type). */
const calendarName = (a: (typeof activities)[number]) =>
  new RegExp(
    `^${formatTime(a.date)}\\s*${labelOf(ACTIVITY_TYPES, String(a.data.type))}\\s*：${escapeRegExp(String(a.data.title))}$`,
  );

// Every month from the first to the last activity, and the as-of month, has a page.
const months = calendarMonths(
  activities.map((a) => a.date),
  asOf(),
);
const current = months.findIndex((m) => monthKey(m) === monthKey(monthOf(asOf())));

test('the calendar opens on the as-of month and moves to the previous and next months', async ({ page }) => {
  await page.goto('activities/calendar/');
  const heading = (month: YearMonth) => page.getByRole('heading', { level: 2, name: periodLabel(monthKey(month)) });
  const table = page.getByRole('table');
  await expect(heading(months[current]!)).toBeVisible();
  // Every activity of the month is on its day, and nothing else.
  await expect(table.getByRole('link')).toHaveCount(inMonth(months[current]!).length);
  for (const a of inMonth(months[current]!))
    await expect(table.getByRole('link', { name: calendarName(a) })).toBeVisible();

  let at = current;
  if (at > 0) {
    await page.getByRole('link', { name: '‹ 上个月' }).click();
    at--;
    await expect(page).toHaveURL(new RegExp(`activities/calendar/${monthKey(months[at]!)}/$`));
    await expect(heading(months[at]!)).toBeVisible();
  } else {
    // The first month with records: no link further back.
    await expect(page.getByRole('link', { name: '‹ 上个月' })).toHaveCount(0);
  }

  while (at < months.length - 1) {
    await page.getByRole('link', { name: '下个月 ›' }).click();
    at++;
    await expect(page).toHaveURL(new RegExp(`activities/calendar/${monthKey(months[at]!)}/$`));
  }
  // The last month with records: no link further.
  await expect(page.getByRole('link', { name: '下个月 ›' })).toHaveCount(0);

  // The last month's latest activity opens its record (a last month without any is the as-of month, checked above).
  const last = inMonth(months.at(-1)!).at(-1);
  if (last) {
    await table.getByRole('link', { name: calendarName(last) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(last.data.title));
  }
});

/** An online meeting still to come as of the build date: its page shows the join link. */
const online = activities.find((a) => a.data.meetingUrl && a.date > asOf());
const finish = online && (online.end ?? new Date(online.date.getTime() + DEFAULT_DURATION_MS));

test('an online meeting shows its join link and its status', async ({ page }) => {
  test.skip(!online, 'the content has no online meeting after the as-of date');
  await page.goto(`activities/${online!.id}/`);
  const join = page.getByRole('link', { name: '进入线上会议' });
  await expect(join).toHaveAttribute('href', String(online!.data.meetingUrl));
  // The reader's clock decides: half-way through the meeting it is live…
  await page.clock.install({ time: new Date((online!.date.getTime() + finish!.getTime()) / 2) });
  await page.reload();
  await expect(page.locator('[data-join-status]')).toHaveAttribute('data-join-status', 'live');
  await expect(page.locator('[data-join-status]')).toHaveText('正在进行');
  // …and a quarter of an hour after its end it is over.
  await page.clock.setSystemTime(new Date(finish!.getTime() + 15 * 60 * 1000));
  await page.reload();
  await expect(page.locator('[data-join-status]')).toHaveText('已结束');
  await expect(join).toHaveAttribute('aria-disabled', 'true');
});

test('the join status falls back to the build’s as-of date without JavaScript', async ({ browser, baseURL }) => {
  test.skip(!online, 'the content has no online meeting after the as-of date');
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(`activities/${online!.id}/`);
  await expect(page.locator('[data-join-status]')).toHaveText('尚未开始');
  await context.close();
});
