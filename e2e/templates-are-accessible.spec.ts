import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

// One page of every template, checked by axe against WCAG 2.1 A and AA, in light and dark.
const TEMPLATES = [
  './',
  'articles/',
  'articles/page/2/',
  'articles/informatization-party-building-strategy/',
  'categories/theory/',
  'tags/',
  'branches/',
  'branches/it-faculty/',
  'materials/',
  'materials/party-branch-work-handbook-2026/',
  'about/',
];

for (const scheme of ['light', 'dark'] as const) {
  test(`every template passes axe (WCAG 2.1 AA), ${scheme}`, async ({ page }) => {
    // Eleven full axe runs: on a shared 2-core machine (load average 20 seen) they outlast 30 s.
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of TEMPLATES) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary, path).toEqual([]);
    }
  });
}
