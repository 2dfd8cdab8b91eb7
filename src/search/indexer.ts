import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConfig, VARIABLES } from '../config.ts';
import { sourceDigest } from '../lib/source-digest.ts';
import { shardPath, SHARD_MANIFEST, type ShardManifest } from './query.ts';

export { INDEX_LANGUAGE } from './query.ts';

/** Folders of the output that are never indexed. */
const SKIP_DIRS = ['pagefind', 'admin', '_astro', 'uploads'];

/** Pagefind's ready-made UIs and highlighter: Xinhuo has its own, so they are not published. */
const UNUSED_OUTPUT = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;
/** What a merged shard needs besides its index: the primary shard's script, worker and WebAssembly serve all. */
const PRIMARY_ONLY = /^(pagefind(-worker)?\.js|wasm\..*\.pagefind)$/;

/**
 * Pages per shard. Pagefind's memory grows with the pages of one index (≈1.4 GB per 1,000 Chinese
 * articles) and its binary uses one core, so a large site is indexed as several indexes, in parallel
 * processes, and merged in the browser (`mergeIndex`). Overridden by XINHUO_SEARCH_SHARD_PAGES.
 */
export const SHARD_PAGES = 500;

/**
 * Changes whenever the way a shard is indexed changes (this module, the worker, the text it feeds
 * Pagefind and everything they import, the lockfile), so cached shards are not reused across it.
 */
export const INDEXER_CODE = ['src/search/indexer.ts', 'src/search/index-worker.ts'];
let version: string | undefined;
const indexerVersion = () => (version ??= sourceDigest(INDEXER_CODE) ?? `unversioned-${Date.now()}`);

export interface IndexOptions {
  /** The build's output folder. */
  outDir: string;
  /** The site's base path (`/` or `/dangjian/`), to find attachments linked from pages. */
  base: string;
  warn?: (message: string) => void;
  /** Where indexed shards are kept between builds (keyed by a digest of their pages); none: no cache. */
  cacheDir?: string;
  /** Pages per shard (default: XINHUO_SEARCH_SHARD_PAGES or SHARD_PAGES). */
  shardPages?: number;
  /** Shards indexed at once at most, each in its own process (default: the cores, at most 2). */
  parallel?: number;
  /**
   * Memory the whole build may use (default: XINHUO_BUILD_MEMORY_GB or 4 GB). The build process
   * itself stays resident while shards are indexed, so fewer workers run when it is large.
   */
  memoryBudget?: number;
}

/** Resident memory of one worker indexing `pages` Chinese pages (Node + Pagefind; measured ≈1.35 MB a page). */
export const workerMemory = (pages: number) => 0.25 * 1024 ** 3 + pages * 1.4 * 1024 ** 2;

/** How many workers fit next to the running process in the budget: at least one. */
export function workersFor(budget: number, resident: number, shardPages: number, most: number): number {
  return Math.max(1, Math.min(most, Math.floor((budget - resident) / workerMemory(shardPages))));
}

/**
 * Names a file: when set, `astro build` writes the search job there instead of indexing, and the
 * caller indexes after Astro has exited (scripts/lib/build-site.ts), so the memory of the two
 * never adds up.
 */
export const SEARCH_JOB_ENV = VARIABLES.searchJob.name;

/** What indexing a finished build needs, as written down by the build. */
export type SearchJob = Pick<IndexOptions, 'outDir' | 'base' | 'cacheDir'>;

/** Logged when indexing starts (the benchmark times the phases by it). */
export const INDEXING_MESSAGE = 'Indexing the built pages for search…';

/** One line about a finished index. */
export function describeReport(report: IndexReport, milliseconds: number): string {
  return (
    `Indexed ${report.pages} pages and ${report.attachments} attachments in ${(milliseconds / 1000).toFixed(1)}s: ` +
    `${report.shards} shards (${report.reused} unchanged, from the cache; ${report.workers} workers), ` +
    `${report.files} files, ${(report.bytes / 1024).toFixed(0)} KB`
  );
}

export interface IndexReport {
  pages: number;
  attachments: number;
  files: number;
  bytes: number;
  shards: number;
  /** Shards taken from the cache, not indexed again. */
  reused: number;
  /** Worker processes run at once. */
  workers: number;
}

/** One page to index, as the parent process sees it: no HTML kept, only what orders and keys it. */
export interface PageEntry {
  path: string;
  date: string;
  digest: string;
}

/** The job a worker process gets: index these pages of the build into `outputPath`. */
export interface ShardJob {
  outDir: string;
  base: string;
  shard: number;
  pages: string[];
  outputPath: string;
}

export interface ShardResult {
  pages: number;
  attachments: number;
  warnings: string[];
  error?: string;
}

const ATTACHMENT_HREF = /<a\b[^>]*\bdata-search-attachment="[^"]*"[^>]*>/g;
const SORT_DATE = /data-pagefind-sort="date:([^"]*)"/;

async function htmlFiles(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true });
  return entries.filter((path) => path.endsWith('.html') && !SKIP_DIRS.includes(path.split(sep)[0]!)).sort();
}

/** The digest of a page as indexed: its HTML and the bytes of every attachment it links. */
async function pageEntry(outDir: string, base: string, path: string): Promise<PageEntry | undefined> {
  const html = await readFile(join(outDir, path), 'utf8');
  if (!html.includes('data-pagefind-body')) return undefined;
  const hash = createHash('sha256').update(html);
  for (const [tag] of html.matchAll(ATTACHMENT_HREF)) {
    const href = /\bhref="([^"]*)"/.exec(tag)?.[1];
    if (!href?.startsWith(base)) continue;
    try {
      hash.update(await readFile(join(outDir, decodeURI(href.slice(base.length)))));
    } catch {
      hash.update('missing'); // the worker reports it
    }
  }
  return { path, date: SORT_DATE.exec(html)?.[1] ?? '', digest: hash.digest('hex') };
}

/**
 * Splits pages into shards of `size`, oldest first (undated pages before all), so a new article
 * changes only the newest shard and an edited one only its own.
 */
export function planShards(pages: PageEntry[], size: number): PageEntry[][] {
  const sorted = [...pages].sort((a, b) => (a.date === b.date ? (a.path < b.path ? -1 : 1) : a.date < b.date ? -1 : 1));
  const shards: PageEntry[][] = [];
  for (let i = 0; i < sorted.length; i += size) shards.push(sorted.slice(i, i + size));
  return shards.length ? shards : [[]];
}

function shardKey(shard: number, pages: PageEntry[], pagefindVersion: string): string {
  const hash = createHash('sha256').update(`${indexerVersion()}\n${pagefindVersion}\n${shard}\n`);
  for (const page of pages) hash.update(`${page.path}\0${page.digest}\n`);
  return hash.digest('hex').slice(0, 32);
}

const WORKER = fileURLToPath(new URL('./index-worker.ts', import.meta.url));

/** Runs one shard in a child process (its own Pagefind binary), so shards use every core and their memory is freed. */
function runWorker(job: ShardJob): Promise<ShardResult> {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [], { execArgv: [], serialization: 'advanced', stdio: 'inherit' });
    let result: ShardResult | undefined;
    child.on('message', (message) => (result = message as ShardResult));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (result?.error) reject(new Error(result.error));
      else if (code === 0 && result) resolve(result);
      else reject(new Error(`search index worker for shard ${job.shard} exited with code ${code}`));
    });
    child.send(job);
  });
}

async function pool<T>(jobs: (() => Promise<T>)[], parallel: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(parallel, jobs.length) }, async () => {
      while (next < jobs.length) {
        const i = next++;
        results[i] = await jobs[i]!();
      }
    }),
  );
  return results;
}

async function pagefindVersion(): Promise<string> {
  const pkg = fileURLToPath(new URL('../package.json', import.meta.resolve('pagefind')));
  return (JSON.parse(await readFile(pkg, 'utf8')) as { version: string }).version;
}

async function folderSize(dir: string) {
  const output = await readdir(dir, { recursive: true, withFileTypes: true });
  const stats = await Promise.all(output.filter((e) => e.isFile()).map((e) => stat(join(e.parentPath, e.name))));
  return { files: stats.length, bytes: stats.reduce((sum, s) => sum + s.size, 0) };
}

/**
 * Builds the Pagefind index of a finished build in `<outDir>/pagefind/`. Pages are split into
 * shards by date (see planShards); each shard is indexed by a worker process (index-worker.ts) or
 * taken from the cache when its pages are unchanged. The newest shard is the primary index at
 * `pagefind/`, the others sit in `pagefind/shard-N/`, listed in `pagefind/xinhuo-shards.json` for
 * the browser to merge. Only pages with `data-pagefind-body` are indexed.
 */
export async function buildSearchIndex(options: IndexOptions): Promise<IndexReport> {
  const config = readConfig();
  const size = options.shardPages ?? config.searchShardPages ?? SHARD_PAGES;
  const budget = options.memoryBudget ?? config.buildMemoryGb * 1024 ** 3;
  const most = options.parallel ?? Math.max(1, Math.min(2, availableParallelism()));
  const files = await htmlFiles(options.outDir);
  const entries: PageEntry[] = [];
  for (let i = 0; i < files.length; i += 64) {
    const batch = await Promise.all(files.slice(i, i + 64).map((f) => pageEntry(options.outDir, options.base, f)));
    for (const entry of batch) if (entry) entries.push(entry);
  }
  const shards = planShards(entries, size);
  const parallel = workersFor(budget, process.memoryUsage().rss, Math.min(size, entries.length), most);
  const version = await pagefindVersion();
  const cacheDir = options.cacheDir ?? (await mkdtemp(join(tmpdir(), 'xinhuo-shards-')));
  await mkdir(cacheDir, { recursive: true });
  const keys = shards.map((pages, shard) => shardKey(shard, pages, version));
  let reused = 0;
  let attachments = 0;
  const jobs = shards.map((pages, shard) => async () => {
    const done = join(cacheDir, keys[shard]!);
    if (options.cacheDir && existsSync(join(done, 'xinhuo-shard.json'))) {
      reused++;
      const now = new Date();
      await utimes(done, now, now);
      attachments += (JSON.parse(await readFile(join(done, 'xinhuo-shard.json'), 'utf8')) as ShardResult).attachments;
      return;
    }
    const outputPath = `${done}.tmp-${process.pid}`;
    await rm(outputPath, { recursive: true, force: true });
    const result = await runWorker({
      outDir: options.outDir,
      base: options.base,
      shard,
      pages: pages.map((p) => p.path),
      outputPath,
    });
    for (const message of result.warnings) options.warn?.(message);
    attachments += result.attachments;
    await writeFile(join(outputPath, 'xinhuo-shard.json'), JSON.stringify(result));
    await rm(done, { recursive: true, force: true });
    await rename(outputPath, done);
  });
  try {
    await pool(jobs, parallel);
    // Assemble: the newest shard at pagefind/, the others below it.
    const target = join(options.outDir, 'pagefind');
    await rm(target, { recursive: true, force: true });
    const last = shards.length - 1;
    for (let shard = last; shard >= 0; shard--) {
      const to = join(target, shard === last ? '' : shardPath(shard));
      await cp(join(cacheDir, keys[shard]!), to, {
        recursive: true,
        filter: (source) => {
          const name = source.split(sep).pop()!;
          return (
            name !== 'xinhuo-shard.json' && !UNUSED_OUTPUT.test(name) && (shard === last || !PRIMARY_ONLY.test(name))
          );
        },
      });
    }
    const manifest: ShardManifest = { shards: shards.length };
    await writeFile(join(target, SHARD_MANIFEST), JSON.stringify(manifest));
    await pruneCache(cacheDir, new Set(keys), options.cacheDir ? shards.length * 3 : 0);
    return {
      pages: entries.length,
      attachments,
      ...(await folderSize(target)),
      shards: shards.length,
      reused,
      workers: parallel,
    };
  } finally {
    if (!options.cacheDir) await rm(cacheDir, { recursive: true, force: true });
  }
}

/** Keeps the shards of this build and the `keep` most recently used others (the other base path's build). */
async function pruneCache(cacheDir: string, used: Set<string>, keep: number) {
  const entries = await readdir(cacheDir, { withFileTypes: true });
  const others = await Promise.all(
    entries
      .filter((e) => e.isDirectory() && !used.has(e.name))
      .map(async (e) => ({ name: e.name, time: (await stat(join(cacheDir, e.name))).mtimeMs })),
  );
  others.sort((a, b) => b.time - a.time);
  for (const { name } of others.slice(keep)) await rm(join(cacheDir, name), { recursive: true, force: true });
}
