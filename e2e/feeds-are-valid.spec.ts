import { drafts, newestFirst } from './content.ts';
import { expect, test, type Page } from './fixtures.ts';

const articles = newestFirst('articles');
/** As src/pages/rss.xml.ts: the feed carries the newest 50 articles. */
const FEED_SIZE = 50;

/** Parses XML with the browser's strict XML parser; returns the items' fields or throws. */
async function parseXml<F extends string>(
  page: Page,
  xml: string,
  itemSelector: string,
  fields: F[],
): Promise<{ root: string; items: Record<F, string>[] }> {
  return page.evaluate(
    ({ xml, itemSelector, fields }) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const error = doc.querySelector('parsererror');
      if (error) throw new Error(`XML does not parse: ${error.textContent}`);
      return {
        root: doc.documentElement.nodeName,
        items: [...doc.querySelectorAll(itemSelector)].map(
          (item) =>
            Object.fromEntries(fields.map((f) => [f, item.querySelector(f)?.textContent ?? ''])) as Record<F, string>,
        ),
      };
    },
    { xml, itemSelector, fields },
  );
}

test('the RSS feed parses and links to real articles under the base', async ({ page, request, baseURL }) => {
  const response = await request.get('rss.xml');
  expect(response.ok()).toBe(true);
  const { root, items } = await parseXml(page, await response.text(), 'channel > item', ['title', 'link', 'pubDate']);
  expect(root).toBe('rss');
  expect(items.length).toBeGreaterThanOrEqual(Math.min(30, articles.length));
  expect(items.map((i) => i.title)).toEqual(articles.slice(0, FEED_SIZE).map((a) => String(a.data.title)));
  expect(items.every((i) => i.title && i.link && i.pubDate)).toBe(true);
  expect(Date.parse(items[0]!.pubDate)).toBeGreaterThanOrEqual(Date.parse(items[1]!.pubDate));
  const first = new URL(items[0]!.link);
  expect(first.href.startsWith(new URL('articles/', baseURL).href)).toBe(true);
  expect((await request.get(first.pathname)).ok()).toBe(true);
});

test('the sitemap lists the pages under the base', async ({ page, request, baseURL }) => {
  const index = await parseXml(page, await (await request.get('sitemap-index.xml')).text(), 'sitemap', ['loc']);
  expect(index.items.length).toBeGreaterThan(0);
  const sitemap = await parseXml(page, await (await request.get('sitemap-0.xml')).text(), 'url', ['loc']);
  const urls = sitemap.items.map((i) => i.loc);
  // Every published article, and no draft.
  for (const a of articles) expect(urls).toContain(new URL(`articles/${a.id}/`, baseURL).href);
  for (const d of drafts('articles')) expect(urls).not.toContain(new URL(`articles/${d.id}/`, baseURL).href);
  expect(urls.every((u) => u.startsWith(new URL('./', baseURL).href))).toBe(true);
});
