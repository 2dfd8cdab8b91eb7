/** Which logged requests count as a reader's page view. */

// Crawlers, monitors, link previews and command-line clients. Matched case-insensitively.
const BOT_UA =
  /bot\b|bot\/|crawl|spider|slurp|baiduspider|bytespider|yandex|sogou|360spider|haosouspider|yisouspider|petalbot|semrush|ahrefs|mj12|dotbot|facebookexternalhit|embedly|preview|headless|phantomjs|lighthouse|pingdom|uptime|monitor|zabbix|nagios|curl\/|wget\/|python-requests|python-urllib|aiohttp|go-http-client|java\/|okhttp|libwww|httpclient|axios\/|node-fetch|scrapy|feedfetcher|rss/i;

/** Whether a user agent belongs to a bot or tool rather than a reader (an empty one counts as a bot). */
export function isBot(userAgent: string): boolean {
  return userAgent.trim() === '' || BOT_UA.test(userAgent);
}

// Folders that never hold pages: built assets, the search index, media, the CMS.
const ASSET_DIRS = ['_astro/', 'pagefind/', 'uploads/', 'admin/'];

/**
 * Whether a base-relative path (no leading slash, no query) is an asset rather than a page:
 * anything in an asset folder or with a file extension other than .html (css, js, images, PDFs,
 * favicon.ico, rss.xml, robots.txt, sitemap…).
 */
export function isAsset(path: string): boolean {
  if (ASSET_DIRS.some((dir) => path.startsWith(dir))) return true;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last.includes('.') && !last.endsWith('.html');
}

/** Whether a status is a success a reader saw (2xx, or 304 for a cached page). */
export function isSuccess(status: number): boolean {
  return (status >= 200 && status < 300) || status === 304;
}
