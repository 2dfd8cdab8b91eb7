// Writes a made-up nginx access log for the starter site: readers (Zipf over the real article
// and material pages), bots, assets, 404s, search beacons (some with zero results), IPv6 clients
// and a few malformed lines. Deterministic for a seed. Streams, so it can write gigabytes.
//
//   npx node scripts/stats/sample-log.ts --out /tmp/access.log [--lines 40000 | --bytes 1e9] [--seed 1]
import { createWriteStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { random } from '../lib/random.ts';

const BROWSERS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50(0x1800323a) NetType/WIFI Language/zh_CN',
  'Mozilla/5.0 (Linux; Android 14; V2307A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 Mobile Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
];
const BOTS = [
  'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)',
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'Sogou web spider/4.0(+http://www.sogou.com/docs/help/webmasters.htm#07)',
  'curl/8.5.0',
];
const REFERRERS = [
  'https://www.baidu.com/',
  'https://cn.bing.com/',
  'https://mp.weixin.qq.com/',
  'https://www.huazhang.edu.cn/',
];
// [term, results?] — the zero-result ones are what editors should see.
const SEARCHES: [term: string, results: boolean][] = [
  ['三会一课', true], ['主题党日', true], ['入党申请书', true], ['党史学习教育', true], ['发展党员', true],
  ['技能大赛', true], ['志愿服务', true], ['党课', true], ['组织生活会', true], ['二十大', true],
  ['入党志愿书 模板', false], ['党费标准', false], ['预备党员转正', false], ['团员推优', false],
]; // prettier-ignore
const ASSETS = [
  '_astro/index.C3x9.css',
  '_astro/search.B1a2.js',
  'favicon.svg',
  'uploads/three-meetings-one-lesson.svg',
  'pagefind/pagefind.js',
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function logTime(ms: number) {
  const d = new Date(ms + 8 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0800`;
}

async function sitePages() {
  const ids = async (dir: string) =>
    (await readdir(new URL(`../../src/content/${dir}/`, import.meta.url))).map((f) => f.replace(/\.\w+$/, ''));
  const articles = (await ids('articles')).sort().map((id) => `articles/${id}/`);
  const materials = (await ids('materials')).sort().map((id) => `materials/${id}/`);
  return [
    '',
    ...articles,
    ...materials,
    'articles/',
    'materials/',
    'branches/',
    'about/',
    'search/',
    'categories/news/',
  ];
}

/** What to write: the file, at most `lines` lines and `bytes` bytes, the seed, the site's base and the days. */
export interface SampleLogOptions {
  out: string;
  lines?: number;
  bytes?: number;
  seed?: number;
  base?: string;
  /** First and last day (YYYY-MM-DD, China time). */
  from?: string;
  to?: string;
}

/** Writes the log; returns the number of lines and bytes written. */
export async function writeSampleLog({
  out,
  lines = 40_000,
  bytes = Infinity,
  seed = 1,
  base = '/',
  from = '2026-06-01',
  to = '2026-11-24',
}: SampleLogOptions) {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const pages = await sitePages();
  // Zipf weights: a few pages are read much more than the rest (order shuffled by the seed).
  const order = pages
    .map((p): [number, string] => [rand(), p])
    .sort((a, b) => a[0] - b[0])
    .map(([, p]) => p);
  const weights = order.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const zipf = () => {
    let r = rand() * total;
    for (let i = 0; i < order.length; i++) if ((r -= weights[i]!) <= 0) return order[i]!;
    return order[0]!;
  };
  const start = Date.parse(`${from}T00:00:00+08:00`);
  const span = Date.parse(`${to}T23:59:59+08:00`) - start;
  const stream = createWriteStream(out);
  let written = 0;
  let count = 0;
  const visitors = 3000;
  while (count < lines && written < bytes) {
    // Times rise with the line number; later months get more traffic (the site is growing).
    const progress = Math.sqrt((count % lines) / lines);
    const time = start + Math.floor(span * (Number.isFinite(bytes) ? rand() : progress));
    const v = Math.floor(rand() ** 2 * visitors);
    const ip =
      v % 7 === 0
        ? `2001:db8:${(v >> 8).toString(16)}::${(v & 255).toString(16)}`
        : `10.${(v >> 16) & 255}.${(v >> 8) & 255}.${v & 255}`;
    const kind = rand();
    let ua = BROWSERS[v % BROWSERS.length];
    let target = zipf();
    let status = rand() < 0.2 ? 304 : 200;
    let ref = rand() < 0.1 ? pick(REFERRERS) : '-';
    if (kind < 0.1) ua = pick(BOTS);
    else if (kind < 0.25) target = pick(ASSETS);
    else if (kind < 0.27)
      [target, status] = [pick(['old/news.asp', 'wp-login.php', 'articles/missing/', 'uploads/old.doc']), 404];
    else if (kind < 0.31) {
      const [term, found] = SEARCHES[Math.floor(rand() ** 1.5 * SEARCHES.length)]!;
      target = `_s/?q=${encodeURIComponent(term).replace(/%20/g, '+')}&n=${found ? 1 + Math.floor(rand() * 9) : 0}`;
      status = 204;
      ref = '-';
    }
    const line =
      kind > 0.997
        ? `${ip} - - [${logTime(time)}] "\\x16\\x03\\x01\\x02\\x00\\x01" 400 157 "-" "-"\n` // TLS handshake on plain HTTP: malformed request
        : `${ip} - - [${logTime(time)}] "GET ${base}${target} HTTP/1.1" ${status} ${status === 200 ? 4096 + v : 0} "${ref}" "${ua}"\n`;
    written += Buffer.byteLength(line);
    count++;
    if (!stream.write(line)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'finish');
  return { lines: count, bytes: written };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      lines: { type: 'string', default: '40000' },
      bytes: { type: 'string' },
      seed: { type: 'string', default: '1' },
      base: { type: 'string', default: '/' },
    },
  });
  if (!values.out) throw new Error('usage: sample-log.ts --out FILE [--lines N | --bytes N] [--seed N] [--base /]');
  const result = await writeSampleLog({
    out: values.out,
    lines: values.bytes ? Infinity : Number(values.lines),
    bytes: values.bytes ? Number(values.bytes) : Infinity,
    seed: Number(values.seed),
    base: values.base,
  });
  console.error(`wrote ${result.lines} lines, ${result.bytes} bytes → ${values.out}`);
}
