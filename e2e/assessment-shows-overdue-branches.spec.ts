import { readFile } from 'node:fs/promises';
import { TEST_AS_OF } from '../scripts/lib/builds.ts';
import { readerDate, settings } from './content.ts';
import { expect, test } from './fixtures.ts';

test('the assessment shows an overdue branch as of the build date, with a drill-down', async ({ page }) => {
  await page.goto('assessment/');
  await expect(page.locator('[data-as-of]')).toHaveText(readerDate(TEST_AS_OF.slice(0, 10)));
  // The settings start the assessment (1 July 2026 in the starter content): earlier months are neither shown nor judged.
  await expect(page.locator('[data-assessment-start]')).toContainText(readerDate(settings('assessment').start));
  const headers = page.locator('main thead th');
  await expect(headers.nth(1)).toHaveText('7月到期');
  await expect(headers.last()).toHaveText('全年出席率');
  const row = page.locator('tr[data-branch="it-students"]');
  await expect(row.locator('td[data-month="1"]')).toHaveCount(0);
  // Founded in 2014, judged from July: July's committee meeting is overdue.
  await expect(row.locator('td[data-month="7"] [data-status]')).toHaveAttribute('data-status', 'overdue');
  await expect(row.locator('td[data-month="7"]')).toContainText('逾期');
  // December has not ended: never overdue as of 25 November.
  await expect(row.locator('td[data-month="12"] [data-status]')).not.toHaveAttribute('data-status', 'overdue');
  // Overdue counts only what was judged: at most 4 months × 3 monthly rules + 1 quarter × 2 quarterly rules.
  for (const cell of await page.locator('main tbody tr td:nth-last-child(2)').all()) {
    expect(Number(await cell.textContent())).toBeLessThanOrEqual(14);
  }

  // Founded on 15 September 2026: exempt until September, assessed from October.
  const young = page.locator('tr[data-branch="smart-mfg-students"]');
  await expect(young.locator('td[data-month="9"]')).toContainText('不适用');
  await expect(young.locator('td[data-month="10"]')).toContainText('逾期');

  await row.getByRole('link', { name: '信息工程学院学生党支部' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('考核明细');
  await expect(page.getByRole('row', { name: /第四季度/ }).first()).toContainText('进行中');
});

test('the assessment CSV opens in Excel: UTF-8 with a byte-order mark', async ({ page }) => {
  await page.goto('assessment/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /下载 CSV/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('assessment-2026.csv');
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe('支部,活动类型,周期,应开次数,已开次数,出席率,状态,已开活动');
  expect(lines.some((l) => l.includes('逾期'))).toBe(true);
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
