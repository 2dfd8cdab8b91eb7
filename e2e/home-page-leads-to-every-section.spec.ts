import { body, entries, settings } from './content.ts';
import { expect, test } from './fixtures.ts';

test('the home page shows the site, pinned articles and every category', async ({ page }) => {
  await page.goto('./');
  const title = String(settings('site').siteTitle);
  await expect(page).toHaveTitle(new RegExp(title));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  // At most two pinned articles are shown.
  const pinned = entries('articles').filter((a) => a.data.pinned === true).length;
  await expect(page.locator('#home-pinned + ul > li')).toHaveCount(Math.min(2, pinned));
  for (const category of ['党建动态', '理论学习', '通知公告', '支部风采', '师生心声']) {
    await expect(page.getByRole('heading', { level: 2, name: category })).toBeVisible();
  }
});

test('the main navigation reaches each section and marks the current one', async ({ page }) => {
  await page.goto('./');
  const nav = page.getByRole('navigation', { name: '主导航', exact: true });
  await nav.getByRole('link', { name: '学习资料' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('学习资料');
  await expect(nav.getByRole('link', { name: '学习资料' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: '党支部' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('党支部');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('on a phone, the menu opens and lists the sections', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  await page.locator('[data-mobile-nav] summary').click();
  const menu = page.getByRole('navigation', { name: '主导航（移动端）' });
  await expect(menu.getByRole('link', { name: '理论学习' })).toBeVisible();
});

test('no page scrolls sideways on a phone', async ({ page }) => {
  // The longest article: the most text, headings and tables to overflow.
  const [longest] = entries('articles').sort((a, b) => body('articles', b.id).length - body('articles', a.id).length);
  await page.setViewportSize({ width: 360, height: 780 });
  for (const path of ['./', 'articles/', `articles/${longest!.id}/`, 'branches/', 'materials/', 'tags/', 'about/']) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('the desktop header fits every width where it shows the full navigation', async ({ page }) => {
  for (const width of [1280, 1440, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('search/');
    await expect(page.getByRole('navigation', { name: '主导航', exact: true })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${width}px`).toBeLessThanOrEqual(0);
  }
});
