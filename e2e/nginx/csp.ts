import type { Page } from '@playwright/test';

/**
 * Records Content-Security-Policy violations on a page: the `securitypolicyviolation` events of
 * every document (collected by an init script) and Chromium's console reports of blocked loads.
 * Call before the first navigation; `violations()` reads both.
 */
export async function watchCsp(page: Page) {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return {
    async violations() {
      const events = await page
        .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
        .catch(() => []);
      return [...events, ...console];
    },
  };
}
