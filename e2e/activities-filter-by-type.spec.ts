import { expect, test } from './fixtures';

test('the activity list filters by type and leads to a record', async ({ page }) => {
  await page.goto('activities/');
  const filters = page.getByRole('navigation', { name: '按类型筛选' });
  await expect(filters.getByRole('link', { name: '全部' })).toHaveAttribute('aria-current', 'page');
  await filters.getByRole('link', { name: '党课' }).click();
  await expect(page).toHaveURL(/activities\/type\/party-lecture\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('党课');
  const items = page.locator('main li.relative');
  // The starter content has three party lectures, and nothing else may show.
  await expect(items).toHaveCount(3);
  for (const item of await items.all()) await expect(item.locator('span').first()).toHaveText('党课');
  await items.first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('main dl')).toContainText('出席率');
});
