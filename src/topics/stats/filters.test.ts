import { describe, expect, it } from 'vitest';
import { isAsset, isBot, isSuccess } from './filters.ts';

describe('isBot', () => {
  it.each([
    'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)',
    'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    'Mozilla/5.0 (Linux; Android 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Mobile Safari/537.36 (compatible; Bytespider; spider-feedback@bytedance.com)',
    'Sogou web spider/4.0(+http://www.sogou.com/docs/help/webmasters.htm#07)',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
    'curl/8.5.0',
    'python-requests/2.32.3',
    '',
  ])('drops %s', (ua) => expect(isBot(ua)).toBe(true));

  it.each([
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50(0x1800323a) NetType/WIFI Language/zh_CN',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  ])('keeps %s', (ua) => expect(isBot(ua)).toBe(false));
});

describe('isAsset', () => {
  it.each([
    '_astro/index.Bx1.css',
    'pagefind/pagefind.js',
    'uploads/a.png',
    'uploads/doc.pdf',
    'favicon.ico',
    'rss.xml',
    'admin/',
  ])('%s is an asset', (p) => expect(isAsset(p)).toBe(true));
  it.each(['', 'articles/x/', 'articles/x/index.html', 'about/', 'tags/v1.2/'])('%s is a page', (p) =>
    expect(isAsset(p)).toBe(false),
  );
});

describe('isSuccess', () => {
  it('accepts 2xx and 304 only', () => {
    expect([200, 204, 206, 304, 301, 302, 404, 500].map(isSuccess)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
