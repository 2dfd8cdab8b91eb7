import AxeBuilder from '@axe-core/playwright';
import { TEMPLATES } from '../templates.ts';
import { expect, test } from '../fixtures.ts';
import { watchCsp } from './csp.ts';

// The site's own axe suite runs on the preview server; here the same templates come from nginx
// with the strict CSP, where a blocked stylesheet or script would show as contrast or name failures.
// A test per page and scheme, so a failure names its page and no test's time grows with the templates.
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`one page of every template passes axe (WCAG 2.1 AA) under the strict CSP, ${scheme}`, () => {
    for (const path of TEMPLATES) {
      test(path, async ({ page }) => {
        const csp = await watchCsp(page);
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        const findings = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        findings.push(...(await csp.violations()).map((text) => `CSP: ${text}`));
        expect(findings).toEqual([]);
      });
    }
  });
}
