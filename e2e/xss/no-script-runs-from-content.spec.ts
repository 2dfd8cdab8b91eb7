import { test as base, expect, type Page } from '@playwright/test';
import { BUILD_HANG_LIMIT_MS } from '../../test/build-limits.ts';
import { buildSite, copySite, edit, removeSiteCopies } from '../../test/site-builds.ts';
import { renderBody } from '../../src/body/render.ts';
import { ARTICLE_FIELDS, ATTRIBUTES, REJECTED, SEARCH_URLS, SHOWN } from './payloads.ts';
import { ARTICLE, BRANCH, serveCorpusSite } from './xss-site.ts';

/**
 * Every way a payload could announce that it ran: alert/confirm/prompt (trapped before any page
 * script), a dialog, or an uncaught error of a half-run payload.
 */
async function trap(page: Page): Promise<() => Promise<string[]>> {
  const dialogs: string[] = [];
  page.on('pageerror', (error) => dialogs.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const hits: string[] = [];
    Object.assign(window, { __xss: hits });
    const record = (message?: unknown) => void hits.push(String(message));
    window.alert = record;
    window.confirm = (message?: string) => (record(message), false);
    window.prompt = (message?: string) => (record(message), null);
  });
  return async () => [...dialogs, ...(await page.evaluate(() => (window as unknown as { __xss: string[] }).__xss))];
}

const test = base.extend<{ fired: () => Promise<string[]> }, { corpus: { url: string } }>({
  corpus: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const { server } = await serveCorpusSite();
      await use({ url: server.url });
      await server.close();
      removeSiteCopies();
    },
    // One build of a site copy: as long as a build may take before it counts as hung.
    { scope: 'worker', timeout: BUILD_HANG_LIMIT_MS },
  ],
  fired: async ({ page }, use) => use(await trap(page)),
});

test.describe.configure({ mode: 'serial' });

test('the trap catches a script that runs (control)', async ({ page, corpus, fired }) => {
  await page.goto(corpus.url);
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.setAttribute('onerror', "alert('control')");
    img.src = 'data:,not-an-image';
    document.body.append(img);
  });
  await expect.poll(fired).toEqual(['control']);
});

test('the corpus article shows every payload as text and runs none', async ({ page, corpus, fired }) => {
  await page.goto(`${corpus.url}articles/${ARTICLE}/`);
  await page.waitForLoadState('networkidle');
  // Smart punctuation turns ' into ‘ ’ in body text; the payload is the same text either way.
  const text = (await page.locator('body').innerText()).replace(/[‘’]/g, "'");
  expect(SHOWN.filter(({ shown }) => !text.includes(shown)).map((p) => p.where)).toEqual([]);
  const attributes = await Promise.all(
    ATTRIBUTES.map(async ({ where, selector, attribute }) => {
      const found = page.locator(selector).first();
      return (await found.count()) && (await found.getAttribute(attribute)) ? '' : where;
    }),
  );
  expect(attributes.filter(Boolean), 'payloads kept inside their attribute').toEqual([]);
  expect(await page.locator('main script, main iframe, main svg[onload], main [onerror]').count()).toBe(0);
  expect(await fired()).toEqual([]);
});

test('pages that list or link the payloads run none', async ({ page, corpus, fired }) => {
  const hl = encodeURIComponent(`<img src=x onerror=alert('hl')>`);
  const paths = [
    '',
    'articles/',
    'categories/news/',
    'tags/',
    'branches/',
    `branches/${BRANCH}/`,
    'assessment/',
    `articles/${ARTICLE}/?hl=${hl}`,
    `articles/${ARTICLE}/#${hl}`,
  ];
  await page.goto(`${corpus.url}articles/${ARTICLE}/`);
  const tagLinks = await page
    .locator('a[href*="/tags/"]')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname.replace(/^\//, '')));
  expect(tagLinks.length, 'tag pages of the payload tags').toBeGreaterThanOrEqual(2);
  for (const path of [...paths, ...new Set(tagLinks)]) {
    const response = await page.goto(`${corpus.url}${path}`);
    expect(response?.status(), path).toBe(200);
    await page.waitForLoadState('networkidle');
  }
  await page.goto(`${corpus.url}articles/`);
  await expect(page.locator('main')).toContainText(ARTICLE_FIELDS.summary);
  expect(await fired()).toEqual([]);
});

test('search queries, filter values and excerpts with payloads run nothing', async ({ page, corpus, fired }) => {
  for (const path of SEARCH_URLS) {
    await page.goto(`${corpus.url}${path}`);
    await page.waitForLoadState('networkidle');
  }
  // Pagefind returns the escaped body text as an excerpt, with the query marked.
  await page.goto(`${corpus.url}search/?q=onerror`);
  const result = page.locator('[data-search-list] a[href*="xss-corpus"]').first();
  await expect(result).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('[data-search-list]')).toContainText('onerror');
  // The quick-search dialog with a payload typed in.
  await page.goto(corpus.url);
  await page.locator('[data-search-open]').first().click();
  const input = page.locator('[data-search-input]');
  const status = page.locator('[data-search-status]');
  await input.fill(`<img src=x onerror=alert('typed')>`);
  await expect(status).not.toContainText('输入关键词', { timeout: 20_000 });
  await input.fill('onerror');
  await expect(page.locator('[data-search-results] [role=option]').first()).toContainText('onerror', {
    timeout: 20_000,
  });
  expect(await fired()).toEqual([]);
});

test(`the renderer refuses each of the ${REJECTED.length} rejected payloads with its message`, () => {
  for (const { payload, message } of REJECTED) {
    const result = renderBody(`第一段。\n\n${payload}\n`, { base: '/' });
    expect(result.ok, payload).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => `${p.line} ${p.zh}`).join('\n'), payload).toContain(`3 `);
    if (!result.ok) expect(result.problems.map((p) => p.zh).join('\n'), payload).toContain(message);
  }
});

test('a real build stops on rejected payloads, naming each line', () => {
  test.setTimeout(BUILD_HANG_LIMIT_MS);
  const site = copySite();
  const file = 'src/content/pages/about.mdx';
  // Payloads that parse as MDX, so one build reports them all (a syntax error stops at the first).
  const parsing = REJECTED.filter(({ message }) => message !== 'MDX 语法错误');
  edit(site, file, (t) => `${t.trimEnd()}\n\n${parsing.map((r) => r.payload).join('\n\n')}\n`);
  const { status, output } = buildSite(site);
  expect(status).not.toBe(0);
  expect(output).toContain(`内容错误 / Content error: ${file}`);
  for (const { payload, message } of parsing) expect(output, payload).toContain(message);
  removeSiteCopies();
});
