import { expect, test } from '../fixtures.ts';
import { watchCsp } from './csp.ts';
import { crawlSite, MIRROR } from './mirror.ts';

/** Pages open side by side: a few browser tabs keep a 2-core machine busy without starving nginx. */
const TABS = 3;

test('every page loads in Chromium under the strict CSP with no outside request, console error or failed load', async ({
  context,
}) => {
  test.setTimeout(600_000);
  const { pages } = await crawlSite(MIRROR.url);
  const origin = new URL(MIRROR.url).origin;
  const outside: string[] = [];
  const failed: string[] = [];
  const errors: string[] = [];
  const violations: string[] = [];
  const queue = [...pages];

  const tab = async () => {
    const page = await context.newPage();
    const csp = await watchCsp(page);
    let current = '';
    page.on('request', (request) => {
      const url = request.url();
      if (!/^(data|blob|about):/.test(url) && new URL(url).origin !== origin) outside.push(`${current}: ${url}`);
    });
    page.on('requestfailed', (request) => {
      // Requests the browser cancels itself (navigating on to the next page) are not failures.
      const reason = request.failure()?.errorText ?? '';
      if (reason !== 'net::ERR_ABORTED') failed.push(`${current}: ${request.url()} ${reason}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${current}: ${response.url()} HTTP ${response.status()}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${current}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${current}: ${error.message}`));
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      current = new URL(url).pathname + new URL(url).search;
      // networkidle: searches, the worker and its wasm have run before the next page.
      await page.goto(url, { waitUntil: 'networkidle' });
      for (const violation of await csp.violations()) violations.push(`${current}: ${violation}`);
    }
    await page.close();
  };
  await Promise.all(Array.from({ length: TABS }, tab));

  console.log(
    `[mirror] Chromium opened ${pages.length} pages: ${outside.length} requests to other origins, ` +
      `${violations.length} CSP violations, ${errors.length} console errors, ${failed.length} failed loads`,
  );
  expect(pages.length).toBeGreaterThan(100);
  expect.soft(outside, 'requests to other origins').toEqual([]);
  expect.soft(violations, 'CSP violations').toEqual([]);
  expect.soft(errors, 'console errors').toEqual([]);
  expect.soft(failed, 'failed loads').toEqual([]);
});
