import AxeBuilder from '@axe-core/playwright';
import { entries } from './content.ts';
import { expect, test } from './fixtures.ts';

test('the activity list filters by type and leads to a record', async ({ page }) => {
  await page.goto('activities/');
  const filters = page.getByRole('navigation', { name: '按类型筛选' });
  await expect(filters.getByRole('link', { name: '全部' })).toHaveAttribute('aria-current', 'page');
  await filters.getByRole('link', { name: '党课' }).click();
  await expect(page).toHaveURL(/activities\/type\/party-lecture\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('党课');
  const items = page.locator('main li.relative');
  // Every party lecture of the content, and nothing else.
  await expect(items).toHaveCount(entries('activities').filter((a) => a.data.type === 'party-lecture').length);
  for (const item of await items.all()) await expect(item.locator('span').first()).toHaveText('党课');
  await items.first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('main dl')).toContainText('出席率');
});

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    test(`the active filter chip is readable (${scheme}, ${width} px)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 800 });
      await page.goto('activities/');
      const active = page.getByRole('navigation', { name: '按类型筛选' }).locator('[aria-current="page"]');
      await expect(active).toHaveText('全部');
      // The active chip must look different from the page behind it, not only pass axe.
      const [color, background] = await active.evaluate((el) => {
        const style = getComputedStyle(el);
        return [style.color, style.backgroundColor];
      });
      expect(color).not.toBe(background);
      const { violations, passes } = await new AxeBuilder({ page })
        .include('nav[aria-label="按类型筛选"] [aria-current="page"]')
        .withRules(['color-contrast'])
        .analyze();
      expect(violations).toEqual([]);
      // Axe passes what it could not judge too: make sure it did measure the chip.
      expect(passes.flatMap((p) => p.nodes)).toHaveLength(1);
    });
  }
}
