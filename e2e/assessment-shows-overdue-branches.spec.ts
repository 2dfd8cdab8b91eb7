import { readFile } from 'node:fs/promises';
import { monthCells, periodsOf, shownMonths, STATUS_LABELS } from '../src/activities/assessment.ts';
import { formatDate, quarterLabel, quarterOf, shanghaiParts } from '../src/lib/date.ts';
import { assessment, dateOf, entries, readerDate, settings } from './content.ts';
import { expect, test } from './fixtures.ts';

// The assessment the build made: the content's activities, branches and rules, as of the build's date.
const { year, asOf, start, rules, assessments } = assessment();
const months = shownMonths(year, start);
const cellsOf = (branch: string) => monthCells(assessments.find((a) => a.branch === branch)!.results);
const nameOf = (branch: string) => String(entries('branches').find((b) => b.id === branch)?.data.name);
/** A branch with a month overdue as of the build date, and that month. */
const overdue = assessments
  .flatMap((a) =>
    monthCells(a.results)
      .filter((c) => months.includes(c.month) && c.status === 'overdue')
      .map((c) => ({ branch: a.branch, month: c.month })),
  )
  .at(0);

test('the assessment shows an overdue branch as of the build date, with a drill-down', async ({ page }) => {
  test.skip(!overdue, 'no branch of the content is overdue as of the build date');
  await page.goto('assessment/');
  await expect(page.locator('[data-as-of]')).toHaveText(formatDate(asOf));
  // The settings start the assessment: earlier months are neither shown nor judged.
  await expect(page.locator('[data-assessment-start]')).toContainText(readerDate(settings('assessment').start));
  const headers = page.locator('main thead th');
  await expect(headers).toHaveCount(months.length + 3);
  await expect(headers.nth(1)).toHaveText(`${months[0]}月到期`);
  await expect(headers.last()).toHaveText('全年出席率');
  const row = page.locator(`tr[data-branch="${overdue!.branch}"]`);
  for (let month = 1; month < months[0]!; month++)
    await expect(row.locator(`td[data-month="${month}"]`)).toHaveCount(0);
  await expect(row.locator(`td[data-month="${overdue!.month}"] [data-status]`)).toHaveAttribute(
    'data-status',
    'overdue',
  );
  await expect(row.locator(`td[data-month="${overdue!.month}"]`)).toContainText('逾期');
  // A month that has not ended is never overdue.
  const { month: now } = shanghaiParts(asOf);
  for (const month of months.filter((m) => m >= now)) {
    await expect(row.locator(`td[data-month="${month}"] [data-status]`)).not.toHaveAttribute('data-status', 'overdue');
  }

  // A branch founded during the assessed months is exempt in the month it was founded, assessed from the next.
  for (const branch of entries('branches')) {
    const founded = branch.data.founded === undefined ? undefined : shanghaiParts(dateOf(branch.data.founded));
    if (founded?.year !== year || !months.includes(founded.month) || founded.month === 12) continue;
    const young = page.locator(`tr[data-branch="${branch.id}"]`);
    await expect(young.locator(`td[data-month="${founded.month}"]`)).toContainText('不适用');
    await expect(young.locator(`td[data-month="${founded.month + 1}"] [data-status]`)).not.toHaveAttribute(
      'data-status',
      'exempt',
    );
  }

  // Every branch's every month: the status the rules give (a branch founded late is exempt until then).
  for (const a of assessments) {
    const cells = cellsOf(a.branch).filter((c) => months.includes(c.month));
    const shown = page.locator(`tr[data-branch="${a.branch}"] td[data-month]`);
    await expect(shown).toHaveCount(cells.length);
    for (const cell of cells) {
      const td = page.locator(`tr[data-branch="${a.branch}"] td[data-month="${cell.month}"]`);
      await expect(td.locator('[data-status]'), `${a.branch} ${cell.month}`).toHaveAttribute(
        'data-status',
        cell.status,
      );
      await expect(td, `${a.branch} ${cell.month}`).toContainText(STATUS_LABELS[cell.status]);
    }
    await expect(page.locator(`tr[data-branch="${a.branch}"] td:nth-last-child(2)`)).toHaveText(String(a.overdue));
  }
  // Overdue counts only what was judged: the periods of each rule that ended between the start and the as-of date.
  const judged = rules
    .flatMap((rule) => periodsOf(rule.period, year))
    .filter((p) => p.end <= asOf && (!start || p.end > start)).length;
  for (const cell of await page.locator('main tbody tr td:nth-last-child(2)').all()) {
    expect(Number(await cell.textContent())).toBeLessThanOrEqual(judged);
  }

  await row.getByRole('link', { name: nameOf(overdue!.branch) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${nameOf(overdue!.branch)} ${year}年考核明细`);
  // The running quarter of the first quarterly rule (when the rules have one).
  const quarter = assessments
    .find((a) => a.branch === overdue!.branch)!
    .results.find((r) => r.period.label === quarterLabel(quarterOf(now)));
  if (quarter) {
    await expect(page.getByRole('row', { name: new RegExp(quarter.period.label) }).first()).toContainText(
      STATUS_LABELS[quarter.status],
    );
  }
});

test('the assessment CSV opens in Excel: UTF-8 with a byte-order mark', async ({ page }) => {
  await page.goto('assessment/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /下载 CSV/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`assessment-${year}.csv`);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe('支部,活动类型,周期,应开次数,已开次数,出席率,状态,已开活动');
  // One line per branch, rule and period of the year.
  expect(lines).toHaveLength(1 + assessments.reduce((sum, a) => sum + a.results.length, 0));
  expect(lines.some((l) => l.includes('逾期'))).toBe(assessments.some((a) => a.overdue > 0));
});

test('on a phone the assessment table reads across: no cell is one character wide', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('assessment/');
  const narrow = await page.locator('main table').evaluate((table) =>
    [...table.querySelectorAll('th, td')].flatMap((cell) => {
      const text = (cell.textContent ?? '').trim();
      if ([...text].length < 2) return [];
      // Two characters side by side need at least twice the font size; a vertical column has one.
      const fontSize = parseFloat(getComputedStyle(cell).fontSize);
      return cell.getBoundingClientRect().width < 2 * fontSize ? [text] : [];
    }),
  );
  expect(narrow).toEqual([]);
});
