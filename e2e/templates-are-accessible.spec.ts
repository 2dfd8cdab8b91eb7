import AxeBuilder from '@axe-core/playwright';
import { domainTerms } from './content.ts';
import { expect, test } from './fixtures.ts';
import { TEMPLATES } from './templates.ts';

// One page of every template, checked by axe against WCAG 2.1 A and AA, in light and dark: a test
// per page and scheme, so a failure names its page and no test's time grows with the templates.

/** A word many pages of the content use (the most used domain term of settings/topics.yml). */
const word = domainTerms()[0];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`every template passes axe (WCAG 2.1 AA), ${scheme}`, () => {
    for (const path of TEMPLATES) {
      test(path, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });

  test(`the quick-search dialog with results passes axe, ${scheme}`, async ({ page }) => {
    test.skip(!word, 'no domain term of settings/topics.yml occurs in the content');
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('articles/');
    await page.keyboard.press('Control+K');
    const input = page.getByRole('combobox', { name: '搜索关键词' });
    await input.fill(word!);
    await expect(page.getByRole('option').first()).toBeVisible();
    await input.press('ArrowDown');
    const { violations } = await new AxeBuilder({ page })
      .include('[data-search-dialog]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
