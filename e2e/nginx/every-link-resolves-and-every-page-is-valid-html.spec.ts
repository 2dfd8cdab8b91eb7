import { HtmlValidate, type ConfigData } from 'html-validate';
import { expect, test } from '../fixtures.ts';
import { brokenLinks, crawlSite, MIRROR } from './mirror.ts';

/**
 * html-validate's recommended rules, less those that disagree with choices made on purpose
 * (each with its reason). Everything else, including every WHATWG content-model rule, applies.
 */
const HTML_RULES: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // A quiz question with several right answers is a group of checkboxes sharing one name,
    // as radio buttons do (the rule shares names between radios only by default).
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    // The search dialog's result list is an ARIA 1.2 combobox popup (role="listbox" with rich
    // options: title, section, excerpt), which a native <select> cannot show.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
    // The search dialog's form has a single field and submits with Enter (implicit submission),
    // while results appear as the reader types; its only button closes the dialog. The search
    // page's own form has a visible submit button, which this rule checks.
    'wcag/h32': 'off',
    // HTML5 ids may start with any character but whitespace: heading anchors come from Chinese
    // headings that may begin with a digit ("12个岗位…").
    'valid-id': ['error', { relaxed: true }],
  },
};

test('every page, link, #anchor and asset of the mirror resolves, and every page is valid HTML', async () => {
  test.setTimeout(300_000);
  const crawl = await crawlSite(MIRROR.url);
  const broken = brokenLinks(crawl);

  const validator = new HtmlValidate(HTML_RULES);
  const invalid: string[] = [];
  for (const url of crawl.pages) {
    const report = await validator.validateString(crawl.resources.get(url)!.html!, new URL(url).pathname);
    for (const result of report.results) {
      for (const m of result.messages)
        invalid.push(`${result.filePath} ${m.selector ?? ''}: ${m.ruleId}: ${m.message}`);
    }
  }
  console.log(
    `[mirror] crawled ${crawl.pages.length} pages and ${crawl.resources.size - crawl.pages.length} other URLs; ` +
      `${crawl.links.length} links checked, ${broken.length} broken; ${crawl.outsideLinks.size} links to other origins; ` +
      `${invalid.length} HTML findings`,
  );
  expect(crawl.pages.length, 'pages found from the sitemap and links').toBeGreaterThan(100);
  expect.soft(broken, 'broken links, anchors or assets').toEqual([]);
  expect.soft(invalid, 'html-validate findings').toEqual([]);
});
