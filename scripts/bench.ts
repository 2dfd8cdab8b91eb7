// The whole pipeline at scale: generates N realistic Chinese articles (scripts/bench/corpus.ts) into
// a throwaway copy of the site, builds it (pages and search index), and prints one table: build time,
// pages/s, peak memory of the whole process tree, index time/memory/size, bytes a first and a later
// search transfer in Chromium, an article page's weight, the admin bundle, the rebuild after editing
// one article, the home page's first visit and, with --lighthouse, Lighthouse mobile scores.
// Figures only: nothing here is asserted.
// Usage: npm run bench [-- --articles 1000] [--lighthouse] [--keep] [--shard-pages 1000]
import { readConfig } from '../src/config.ts';
import { spawn } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Page, type Response } from '@playwright/test';
import { copySite } from '../test/site-builds.ts';
import { SEARCH_JOB_ENV } from '../src/search/indexer.ts';
import {
  mergeShards,
  searchAll,
  SHARD_MANIFEST,
  type PagefindModule as Pagefind,
  type ShardManifest,
} from '../src/search/query.ts';
import { articles, toMdx } from './bench/corpus.ts';
import { watchPeak } from './bench/process-tree.ts';
import { runLighthouse } from './bench/lighthouse.ts';
import { serveStatic } from './lib/static-server.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    lighthouse: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'shard-pages': { type: 'string' },
  },
});
const count = Number(values.articles);
if (!Number.isInteger(count) || count < 1)
  throw new Error(`--articles needs a positive number, not ${values.articles}`);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];
const ASTRO = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM`;
const loadAtStart = load();
const date = new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC';

// 1. The corpus, in a copy of the site (the starter content stays: its pages are part of a real site).
const site = copySite();
const articleDir = join(site, 'src/content/articles');
let characters = 0;
let firstId = '';
for (const a of articles(count)) {
  firstId ||= a.id;
  characters += a.body.length;
  writeFileSync(join(articleDir, `${a.id}.mdx`), toMdx(a));
}
console.log(`Generated ${count} articles (${Math.round(characters / count)} characters of body on average) in ${site}`);

/** What one step of the build printed, its wall time (ms) and the peak memory of its process tree (bytes). */
interface StepResult {
  output: string;
  wall: number;
  peak: number;
}

/** Runs one step of the build in the copy; resolves with its output, wall time and tree peak memory. */
function step(label: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  return new Promise<StepResult>((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: site,
      // NODE_ENV left out: under Vitest it is `test`, and Vite would then build unminified bundles.
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV')),
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        ...(values['shard-pages'] && { XINHUO_SEARCH_SHARD_PAGES: values['shard-pages'] }),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const memory = watchPeak(child.pid, 100);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      const wall = performance.now() - started;
      const peak = memory.stop();
      writeFileSync(join(site, `bench-${label}.log`), output);
      if (code !== 0) return reject(new Error(`${label} failed with exit code ${code}:\n${output.slice(-3000)}`));
      resolve({ output, wall, peak });
    });
  });
}

/**
 * `npm run build` of the copy, step by step as scripts/lib/build-site.ts runs it: `astro build`
 * (pages), then the search index in its own process once Astro has exited.
 */
async function build(label: string) {
  const job = join(site, 'bench-search-job.json');
  // As build-site.ts does: the last search index is deleted next to the build, not by it.
  const oldIndex = join(site, 'dist/pagefind');
  const aside = join(site, 'old-search-index');
  const removed = existsSync(oldIndex) ? (renameSync(oldIndex, aside), rm(aside, { recursive: true })) : undefined;
  const pages = await step(`${label}-pages`, [ASTRO, 'build'], { [SEARCH_JOB_ENV]: job });
  await removed;
  const index = await step(`${label}-index`, [join(process.cwd(), 'scripts/index-search.ts'), job]);
  const output = pages.output + index.output;
  const indexed =
    /Indexed (\d+) pages .* in ([\d.]+)s: (\d+) shards \((\d+) unchanged, from the cache; (\d+) workers/.exec(output);
  // Astro's image phase: the starter covers in AVIF/WebP widths, the same at any article count.
  const images = /generating optimized images[\s\S]*?Completed in ([\d.]+)s/.exec(pages.output);
  return {
    wall: pages.wall + index.wall,
    pagesTime: pages.wall,
    imagesTime: images ? Number(images[1]) * 1000 : 0,
    indexWall: index.wall,
    pagesPeak: pages.peak,
    indexPeak: index.peak,
    peak: Math.max(pages.peak, index.peak),
    pages: Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? NaN),
    indexed: indexed
      ? {
          pages: Number(indexed[1]),
          shards: Number(indexed[3]),
          reused: Number(indexed[4]),
          workers: Number(indexed[5]),
        }
      : undefined,
    warnings: output
      .split('\n')
      .filter((line) => /\[WARN\]|\bwarn(ing)?\b/i.test(line) && !/Unknown user config/.test(line)),
  };
}

console.log(`Cold build (load average ${load()})…`);
rmSync(join(site, '.astro'), { recursive: true, force: true });
const cold = await build('cold');

// 2. Index size.
const dist = join(site, 'dist');
const indexFiles = readdirSync(join(dist, 'pagefind'), { recursive: true, withFileTypes: true }).filter((e) =>
  e.isFile(),
);
const indexBytes = indexFiles.reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);

// 3. In Chromium: search bytes, article weight, admin bundle.
const server = await serveStatic(dist, '/');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
/** One response of a page visit: its resource type, and its size as sent (`raw`) and gzipped (`gz`). */
interface Seen {
  url: string;
  type: string;
  raw: number;
  gz: number;
}

/** Responses of a page visit, with their gzipped sizes by kind. */
async function visit(page: Page, action: () => Promise<unknown>) {
  const seen: Seen[] = [];
  const listener = async (response: Response) => {
    try {
      const body = await response.body();
      seen.push({
        url: response.url(),
        type: response.request().resourceType(),
        raw: body.length,
        gz: gzipSync(body).length,
      });
    } catch {
      // A redirect or an aborted response has no body.
    }
  };
  page.on('response', listener);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('response', listener);
  return seen;
}
const sum = (list: Seen[], key: 'raw' | 'gz' = 'gz') => list.reduce((total, r) => total + r[key], 0);

const page = await browser.newPage();
const articleVisit = await visit(page, () => page.goto(`${server.url}articles/${firstId}/`));
const weight = (types: string[]) => sum(articleVisit.filter((r) => types.includes(r.type)));
const articleWeight = {
  html: weight(['document']),
  css: weight(['stylesheet']),
  js: weight(['script']),
  other: sum(articleVisit.filter((r) => !['document', 'stylesheet', 'script', 'image'].includes(r.type))),
};

// The home page as a phone first opens it: every response, compressed where a server would (images as they are).
const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
const homeVisit = await visit(phone, () => phone.goto(server.url));
const homeBytes = homeVisit.reduce((total, r) => total + Math.min(r.raw, r.gz), 0);
const homeImages = homeVisit.filter((r) => r.type === 'image').reduce((total, r) => total + r.raw, 0);
await phone.close();

const search = async (q: string) => {
  const input = page.locator('[data-search-page-input]');
  await input.fill(q);
  await input.press('Enter');
  await page
    .locator('[data-search-page-status]')
    .filter({ hasText: `“${q}”：共` })
    .waitFor();
};
await page.goto(`${server.url}search/`);
await page.waitForLoadState('networkidle');
/** What a server with gzip sends: Pagefind's index files are compressed already, its scripts are not. */
const pagefindBytes = (list: Seen[]) =>
  list.filter((r) => r.url.includes('/pagefind/')).reduce((total, r) => total + Math.min(r.raw, r.gz), 0);
const firstVisit = await visit(page, () => search('三会一课'));
const firstSearch = pagefindBytes(firstVisit);
const firstStatus = await page.locator('[data-search-page-status]').textContent();
const laterVisit = await visit(page, () => search('发展党员'));
const laterSearch = pagefindBytes(laterVisit);
if (readConfig().benchVerbose)
  for (const r of [...firstVisit, '--' as const, ...laterVisit]) console.log(r === '--' ? '--' : `${r.raw}\t${r.url}`);

const admin = await browser.newPage();
const adminVisit = await visit(admin, () => admin.goto(`${server.url}admin/`));
const adminBundle = sum(adminVisit.filter((r) => ['script', 'stylesheet'].includes(r.type)));
await browser.close();

// In-engine query time (Node, the same query plan as the browser), chunks loaded first: the engine, not the network.
const pagefind = (await import(pathToFileURL(join(dist, 'pagefind/pagefind.js')).href)) as Pagefind;
await pagefind.options({ basePath: `${server.url}pagefind/`, baseUrl: '/' });
await pagefind.init();
const { shards } = JSON.parse(readFileSync(join(dist, 'pagefind', SHARD_MANIFEST), 'utf8')) as ShardManifest;
await mergeShards(pagefind, `${server.url}pagefind/`, shards, { baseUrl: '/' });
const QUERIES = [
  '党史学习教育',
  '主题党日',
  '组织生活',
  '志愿服务',
  '产教融合',
  '理论学习',
  '党员',
  '支部书记',
  '入党积极分子',
];
for (const q of QUERIES) await searchAll(pagefind, q, {}, shards);
const times: number[] = [];
for (let round = 0; round < 3; round++)
  for (const q of QUERIES) {
    const t = performance.now();
    await searchAll(pagefind, q, {}, shards);
    times.push(performance.now() - t);
  }
times.sort((a, b) => a - b);
await pagefind.destroy();
await server.close();

// 4. Rebuild after editing one article.
const edited = join(articleDir, `${firstId}.mdx`);
appendFileSync(edited, '\n\n编辑补记：本文于发布后补充了一段说明，用于测量修改一篇文章后的重建时间。\n');
console.log(`Rebuild after editing ${firstId}.mdx (load average ${load()})…`);
const rebuild = await build('rebuild');

// 5. Lighthouse, when asked for.
let lighthouse: Awaited<ReturnType<typeof runLighthouse>> = [];
if (values.lighthouse) lighthouse = await runLighthouse(dist, ['', `articles/${firstId}/`, 'search/']);

const rows: [string, string][] = [
  ['date', date],
  ['machine', machine],
  ['load average at start (1 / 5 / 15 min)', loadAtStart],
  [
    'articles generated (+ starter content)',
    `${count} (${Math.round(characters / count)} characters of body on average)`,
  ],
  ['pages built', String(cold.pages)],
  ['cold build + index, wall time', s(cold.wall)],
  [
    '  page generation (astro build)',
    `${s(cold.pagesTime)} (${(cold.pages / (cold.pagesTime / 1000)).toFixed(0)} pages/s)`,
  ],
  ['    of which optimized images (starter covers, AVIF/WebP)', s(cold.imagesTime)],
  [
    '  search index (own process, after astro exits)',
    `${s(cold.indexWall)}, ${cold.indexed?.pages} pages in ${cold.indexed?.shards} shards, ${cold.indexed?.workers} at once`,
  ],
  ['peak memory, whole process tree', gb(cold.peak)],
  ['  during page generation / during indexing', `${gb(cold.pagesPeak)} / ${gb(cold.indexPeak)}`],
  ['index size', `${(indexBytes / 1024 ** 2).toFixed(1)} MB in ${indexFiles.length} files`],
  ['first search (三会一课), bytes transferred', `${kb(firstSearch)} (${firstStatus?.trim().slice(0, 30)})`],
  ['later search (发展党员), bytes transferred', kb(laterSearch)],
  [
    'in-engine query (ranked + exact phrases), median / p90',
    `${times[times.length >> 1]!.toFixed(1)} ms / ${times[Math.floor(times.length * 0.9)]!.toFixed(1)} ms`,
  ],
  [
    'article page, gzipped (HTML + CSS + JS + other)',
    `${kb(articleWeight.html + articleWeight.css + articleWeight.js + articleWeight.other)} = ${kb(articleWeight.html)} + ${kb(articleWeight.css)} + ${kb(articleWeight.js)} + ${kb(articleWeight.other)}`,
  ],
  ['article page, JavaScript before interaction (gz)', kb(articleWeight.js)],
  ['home page, first visit on a phone (390 px), transferred', `${kb(homeBytes)} (images ${kb(homeImages)})`],
  ['admin bundle (/admin/ JS + CSS, gz)', kb(adminBundle)],
  [
    'rebuild after editing one article',
    `${s(rebuild.wall)} (${((rebuild.wall / cold.wall) * 100).toFixed(0)} % of cold; index ${s(rebuild.indexWall)}, ${rebuild.indexed?.reused} of ${rebuild.indexed?.shards} shards from the cache)`,
  ],
  ['load average at end', load()],
  ['build warnings', cold.warnings.length ? `${cold.warnings.length} (see below)` : 'none'],
  ...lighthouse.map(([name, scores]): [string, string] => [`Lighthouse mobile, ${name}`, scores]),
];
console.log(`\nXinhuo benchmark: ${count} articles`);
const width = Math.max(...rows.map(([k]) => k.length)) + 2;
for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}${v}`);
for (const line of cold.warnings.slice(0, 20)) console.log(`  ⚠ ${line.trim()}`);
if (values.keep) console.log(`  kept: ${site}`);
else rmSync(site, { recursive: true, force: true });
