import { expect, test } from './fixtures.ts';

// Screenshots for people to look at (test-results/screenshots/), not pixel comparisons: opt-in,
// `npm run screenshots` (playwright.screenshots.config.ts), not part of `npm test`.
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;
const PAGES = [
  { name: 'home', path: './' },
  { name: 'list', path: 'categories/news/' },
  { name: 'article', path: 'articles/informatization-party-building-strategy/' },
  { name: 'search', path: 'search/?q=三会一课' },
  { name: 'calendar', path: 'activities/calendar/' },
  { name: 'activity', path: 'activities/2026-12-biz-students-interns-online-group-meeting/' },
  { name: 'assessment', path: 'assessment/' },
  { name: 'course', path: 'courses/party-basics-2026/' },
  { name: 'lesson', path: 'courses/party-basics-2026/party-basics-01-nature-and-purpose/' },
  { name: 'topics', path: 'topics/' },
  { name: 'topics-quarter', path: 'topics/2026-q4/' },
  { name: 'zero-results', path: 'topics/zero-results/' },
] as const;

for (const viewport of VIEWPORTS) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`screenshots of home, an article, search, the quick-search dialog, activities, assessment, courses, ${viewport.name}, ${scheme}`, async ({
      page,
    }) => {
      // Fourteen pages and dialogs in one test: about 20 s on a quiet 2-core machine, more under load.
      test.setTimeout(PAGES.length * 7_500);
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme });
      for (const target of PAGES) {
        await page.goto(target.path);
        await expect(page.locator('h1')).toBeVisible();
        if (target.name === 'search') await expect(page.getByRole('status')).toContainText('共');
        await page.screenshot({
          path: `test-results/screenshots/${target.name}-${viewport.name}-${scheme}.png`,
          fullPage: ['home', 'list', 'assessment'].includes(target.name) || target.name.startsWith('topics'),
        });
      }
      await page.goto('articles/');
      await page.keyboard.press('Control+K');
      await expect(page.getByRole('button', { name: '三会一课' })).toBeVisible();
      await page.screenshot({ path: `test-results/screenshots/quick-search-popular-${viewport.name}-${scheme}.png` });
      await page.getByRole('combobox', { name: '搜索关键词' }).fill('发展党员');
      await expect(page.getByRole('option').first()).toBeVisible();
      await page.screenshot({ path: `test-results/screenshots/quick-search-${viewport.name}-${scheme}.png` });
    });
  }
}
