import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PDF_CSP, UPLOAD_CSP } from '../../src/integrations/upload-headers.ts';
import { expect, test } from '../fixtures.ts';
import { MIRROR } from './mirror.ts';

/** Headers every response carries, whatever its location (nginx drops inherited add_header lines per location). */
const COMMON = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'SAMEORIGIN',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
};
const NO_CACHE = /^no-cache$/;
const IMMUTABLE = /^public, max-age=31536000, immutable$/;
const UPLOAD_CACHE = /^public, max-age=3600$/;
/** The policies `astro preview` sends on uploads (src/integrations/upload-headers.ts): nginx must send the same. */
const UPLOAD_POLICIES = { upload: UPLOAD_CSP, pdf: PDF_CSP };

test('every path type carries the security headers, its CSP and its caching', async ({ request }) => {
  const home = await (await request.get('')).text();
  const asset = /\/_astro\/[^"]+\.js/.exec(home)![0].slice(1);
  const material = await (await request.get('materials/party-branch-work-handbook-2026/')).text();
  const upload = /\/uploads\/[^"]+/.exec(material)![0].slice(1);
  const entry = (await (await request.get('pagefind/pagefind-entry.json')).json()) as {
    languages: Record<string, { hash: string }>;
  };
  const chunk = `pagefind/pagefind.${Object.values(entry.languages)[0]!.hash}.pf_meta`;
  const base = new URL(MIRROR.url).pathname;
  const cases = [
    { name: 'page', path: 'about/', status: 200, cache: NO_CACHE, csp: 'public' },
    { name: 'hashed asset', path: asset.replace(base.slice(1), ''), status: 200, cache: IMMUTABLE, csp: 'public' },
    { name: 'Pagefind entry file', path: 'pagefind/pagefind.js', status: 200, cache: NO_CACHE, csp: 'public' },
    { name: 'Pagefind worker', path: 'pagefind/pagefind-worker.js', status: 200, cache: NO_CACHE, csp: 'public' },
    { name: 'Pagefind index chunk', path: chunk, status: 200, cache: NO_CACHE, csp: 'public' },
    { name: 'upload', path: upload.replace(base.slice(1), ''), status: 200, cache: UPLOAD_CACHE, csp: 'upload' },
    {
      name: 'uploaded SVG',
      path: 'uploads/party-member-development-flow.svg',
      status: 200,
      cache: UPLOAD_CACHE,
      csp: 'upload',
    },
    {
      name: 'uploaded image',
      path: 'uploads/lessons/party-basics-01-poster.jpg',
      status: 200,
      cache: UPLOAD_CACHE,
      csp: 'upload',
    },
    {
      name: 'uploaded PDF',
      path: 'uploads/materials/party-member-development-implementation-2026.pdf',
      status: 200,
      cache: UPLOAD_CACHE,
      csp: 'pdf',
    },
    { name: 'feed', path: 'rss.xml', status: 200, cache: NO_CACHE, csp: 'public' },
    { name: 'calendar', path: 'activities.ics', status: 200, cache: NO_CACHE, csp: 'public' },
    { name: '404', path: 'no-such-page/', status: 404, cache: NO_CACHE, csp: 'public' },
    { name: 'admin', path: 'admin/', status: 200, cache: NO_CACHE, csp: 'admin' },
    { name: 'search report', path: '_s/?q=test&n=0', status: 204, cache: /^no-store$/, csp: 'public' },
  ];
  for (const { name, path, status, cache, csp } of cases) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect.soft(response.status(), `${name} ${path}`).toBe(status);
    expect.soft(headers, `${name} ${path}`).toMatchObject(COMMON);
    expect.soft(headers['cache-control'], `${name} ${path}: Cache-Control`).toMatch(cache);
    const policy = headers['content-security-policy'] ?? '';
    expect.soft(policy, `${name} ${path}: CSP`).not.toMatch(/\*|https?:/);
    if (csp === 'upload' || csp === 'pdf') {
      // An upload runs nothing on the site's origin (sandbox); a PDF is not sandboxed, for the browser's viewer.
      expect.soft(policy, `${name} ${path}: upload CSP`).toBe(UPLOAD_POLICIES[csp]);
      continue;
    }
    expect.soft(policy, `${name} ${path}: CSP`).toContain("default-src 'self'");
    if (csp === 'public')
      expect.soft(policy, `${name} ${path}: public CSP`).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    else expect.soft(headers['x-robots-tag'], `${name} ${path}`).toBe('noindex, nofollow');
  }
  // The 404 is the site's own page, under the sub-path.
  expect(await (await request.get('no-such-page/')).text()).toContain(`href="${base}"`);
  // A folder without its slash redirects relatively, so the reader's host and port are kept.
  const folder = await request.get('about', { maxRedirects: 0 });
  expect(folder.status()).toBe(301);
  expect(folder.headers()['location']).toBe(`${base}about/`);
});

test('text files are sent precompressed to browsers that accept gzip', async ({ request }) => {
  for (const path of ['', 'articles/', 'sitemap-0.xml']) {
    const response = await request.get(path, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers()['content-encoding'], path).toBe('gzip');
    expect(response.headers()['vary'], path).toContain('Accept-Encoding');
  }
  const plain = await request.get('', { headers: { 'accept-encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect(await plain.text()).toContain('<html lang="zh-CN">');
});

test('search reports reach the access log in the format npm run stats reads', async ({ request }) => {
  const query = encodeURIComponent('主题党日');
  // A browser's user agent: the statistics leave bots out.
  const headers = {
    'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36',
  };
  for (let i = 0; i < 3; i += 1) expect((await request.get(`_s/?q=${query}&n=4`, { headers })).status()).toBe(204);
  expect(readFileSync(MIRROR.accessLog, 'utf8')).toContain(
    `GET ${new URL(MIRROR.url).pathname}_s/?q=${query}&n=4 HTTP/1.1" 204`,
  );
  const out = test.info().outputPath('stats.json');
  const stats = spawnSync(
    'node',
    ['scripts/stats/stats.ts', MIRROR.accessLog, '--base', new URL(MIRROR.url).pathname, '--out', out],
    {
      encoding: 'utf8',
    },
  );
  expect(stats.status, stats.stderr).toBe(0);
  const { lines } = JSON.parse(readFileSync(out, 'utf8')) as { lines: { searches: number } };
  expect(lines.searches).toBeGreaterThanOrEqual(3);
});
