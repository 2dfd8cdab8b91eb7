import { test as base, expect } from '@playwright/test';

/** What a page did that a reader should never see: console errors and requests to other origins. */
interface Watch {
  consoleErrors: string[];
  foreignRequests: string[];
  /** Console errors a test expects (e.g. the 404 status of a page it opens on purpose). */
  allowedErrors: RegExp[];
}

/**
 * Every test's page is watched: at the end there must be no console error, no uncaught
 * exception and no request to any origin but the site's own (the intranet has no internet).
 */
export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const watch: Watch = { consoleErrors: [], foreignRequests: [], allowedErrors: [] };
      page.on('console', (message) => {
        // The location names the resource when the error is a failed load.
        if (message.type() === 'error') watch.consoleErrors.push(`${message.text()} ${message.location().url}`.trim());
      });
      page.on('pageerror', (error) => watch.consoleErrors.push(error.message));
      page.on('request', (request) => {
        const url = request.url();
        if (/^(data|blob|about):/.test(url)) return;
        if (new URL(url).origin !== origin) watch.foreignRequests.push(url);
      });
      await use(watch);
      expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
      const unexpected = watch.consoleErrors.filter((text) => !watch.allowedErrors.some((re) => re.test(text)));
      expect(unexpected, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Page } from '@playwright/test';
