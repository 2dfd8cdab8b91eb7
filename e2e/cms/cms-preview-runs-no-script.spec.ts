import { LOAD, logIn, sourceMode } from './cms.ts';
import { expect, test } from './live-site.ts';

/** Payloads an editor might type into the body: the preview must show them without running any. */
const BODY = [
  '可见的正文。',
  `<img src=x onerror="alert('preview-img')">`,
  `<svg onload="alert('preview-svg')"></svg>`,
  `[点我](javascript:alert('preview-link'))`,
  `<a href="jav&#x09;ascript:alert('preview-tab')">制表符</a>`,
  `<iframe srcdoc="<script>alert('preview-srcdoc')</script>"></iframe>`,
  `<Callout title="</aside><img src=x onerror=alert('preview-callout')>">\n\n提示\n\n</Callout>`,
  `<script>alert('preview-script')</script>`,
  // Last: its unclosed <style> takes the rest of the body as text.
  `<math><mtext><table><mglyph><style><img src=x onerror="alert('preview-math')">`,
].join('\n\n');

test('the body preview shows what an editor types and runs no script from it', async ({ page, watch }) => {
  // The sanitized <img src=x> still loads (and misses) its image: not a script.
  watch.allowedErrors.push(/404 \(Not Found\) http:\/\/127\.0\.0\.1:\d+\/admin\/x$/);
  const fired: string[] = [];
  page.on('dialog', (dialog) => {
    fired.push(dialog.message());
    void dialog.dismiss();
  });
  // In every frame, the preview's included, before any of its scripts.
  await page.addInitScript(() => {
    window.alert = (message?: unknown) => console.warn(`XSS fired: ${String(message)}`);
  });
  page.on('console', (message) => {
    if (message.text().startsWith('XSS fired')) fired.push(message.text());
  });
  await logIn(page);
  await page.goto('admin/#/collections/articles/new');
  await page.getByLabel('标题', { exact: true }).fill(`"><img src=x onerror=alert('preview-title')>`);
  await sourceMode(page);
  await page.getByLabel('正文').fill(BODY);

  const preview = page.locator('iframe').last().contentFrame();
  await expect(preview.getByText('可见的正文。')).toBeVisible({ timeout: LOAD });
  await expect(preview.locator('h1')).toContainText(`"><img src=x onerror=alert('preview-title')>`);
  const dangerous = preview.locator('script, iframe, [onerror], [onload], [srcdoc], a[href^="javascript" i]');
  expect(await dangerous.evaluateAll((nodes) => nodes.map((n) => n.outerHTML))).toEqual([]);
  await preview
    .getByText('点我')
    .click()
    .catch(() => {});
  await page.waitForTimeout(500);
  expect(fired).toEqual([]);
});
