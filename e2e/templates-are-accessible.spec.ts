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
  'activities/',
  'activities/calendar/',
  'activities/2026-12-biz-students-interns-online-group-meeting/',
  'assessment/',
  'assessment/it-students/',
  'courses/',
  'courses/party-basics-2026/',
  'courses/party-basics-2026/party-basics-01-nature-and-purpose/',
  'my/',
];

for (const scheme of ['light', 'dark'] as const) {
  test(`every template passes axe (WCAG 2.1 AA), ${scheme}`, async ({ page }) => {
    // Each template takes a second or two with axe on a busy 2-core machine.
    test.setTimeout(TEMPLATES.length * 5_000);
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
