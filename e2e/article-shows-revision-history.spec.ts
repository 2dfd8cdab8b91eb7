import { execFileSync } from 'node:child_process';
import { newestFirst } from './content.ts';
import { expect, test } from './fixtures.ts';

/** The newest article, and its file. */
const ID = newestFirst('articles')[0]!.id;
const FILE = `src/content/articles/${ID}.mdx`;
const git = (...args: string[]) => {
  try {
    return execFileSync('git', ['-c', 'core.quotePath=false', ...args], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
};

// The builds under test come from this checkout: with full git history (scripts/test.ts
// unshallows CI's clone when it can) the page must show the file's commits; without it
// (shallow clone, no git) the page must omit the section rather than show a wrong history.
const hasHistory = git('rev-parse', '--is-shallow-repository') === 'false';

test('an article shows its git revision history, newest first, collapsed', async ({ page }) => {
  test.skip(!hasHistory, 'no full git history in this checkout: see the next test');
  const expected = git('log', '--format=%s', '--', FILE)!.split('\n');
  expect(expected.length).toBeGreaterThan(0);
  await page.goto(`articles/${ID}/`);
  const history = page.locator('details.revision-history');
  await expect(history).toBeVisible();
  await expect(history).not.toHaveAttribute('open');
  await expect(history.locator('summary')).toHaveText(`修订历史（${expected.length} 次）`);
  await history.locator('summary').click();
  const items = history.locator('li');
  await expect(items).toHaveCount(expected.length);
  await expect(items.first()).toContainText(expected[0]!);
  await expect(items.first()).toContainText(git('log', '-1', '--format=%an', '--', FILE)!);
});

test('without git history the revision section is omitted', async ({ page }) => {
  test.skip(hasHistory, 'this checkout has full git history: see the previous test');
  await page.goto(`articles/${ID}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('details.revision-history')).toHaveCount(0);
});
