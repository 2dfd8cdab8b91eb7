import AxeBuilder from '@axe-core/playwright';
import { TEMPLATES } from '../templates.ts';
import { expect, test } from '../fixtures.ts';
import { watchCsp } from './csp.ts';

// The site's own axe suite runs on the preview server; here the same templates come from nginx
// with the strict CSP, where a blocked stylesheet or script would show as contrast or name failures.
for (const scheme of ['light', 'dark'] as const) {
  test(`one page of every template passes axe (WCAG 2.1 AA) under the strict CSP, ${scheme}`, async ({ page }) => {
    // Two to five seconds a template with axe on a busy 2-core machine.
    test.setTimeout(TEMPLATES.length * 10_000);
    const csp = await watchCsp(page);
    await page.emulateMedia({ colorScheme: scheme });
    const findings: string[] = [];
    for (const path of TEMPLATES) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      for (const v of violations)
        findings.push(`${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      findings.push(...(await csp.violations()).map((text) => `${path} CSP: ${text}`));
    }
    console.log(`[mirror] axe (${scheme}) on ${TEMPLATES.length} templates: ${findings.length} findings`);
    expect(findings).toEqual([]);
  });
}
