import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { readExcerpt, readTitle } from './excerpt.ts';
import { buildSearchIndex, INDEX_LANGUAGE, workersFor, type IndexReport } from './indexer.ts';
import { mergeShards, readerFilters, searchAll, SHARD_FILTER, SHARD_MANIFEST, type PagefindApi } from './query.ts';

const page = (body: string, lang = 'zh-CN') =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><nav>导航栏目</nav>${body}</body></html>`;

/** A three-page site under /dangjian/, indexed for real, then searched with Pagefind's own browser API. */
describe('buildSearchIndex', () => {
  let dir: string;
  let report: IndexReport;
  let server: { url: string; close(): Promise<void> };
  let pagefind: PagefindApi & { options(o: object): Promise<void> };
  const urls = async (q: string) =>
    Promise.all((await searchAll(pagefind, q)).results.map(async (r) => (await r.data()).url));

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'xinhuo-index-'));
    await mkdir(join(dir, 'a'), { recursive: true });
    await mkdir(join(dir, 'm'), { recursive: true });
    await mkdir(join(dir, 'uploads'), { recursive: true });
    await copyFile(
      join(process.cwd(), 'public/uploads/materials/party-branch-work-handbook-2026-excerpt.docx'),
      join(dir, 'uploads/handbook.docx'),
    );
    await writeFile(
      join(dir, 'a/index.html'),
      page(
        `<main data-pagefind-body><div hidden><span data-pagefind-filter="type:文章"></span></div>` +
          `<h1>澳门交流</h1><blockquote lang="zh-Hant">我們在網路教學資源共享方面合作，做好雲端備份。</blockquote></main>`,
        'zh-TW',
      ),
    );
    await writeFile(
      join(dir, 'm/index.html'),
      page(
        `<main data-pagefind-body><h1>工作手册</h1><section><ul data-pagefind-ignore><li>` +
          `<a id="attachment-1" href="/dangjian/uploads/handbook.docx" data-search-attachment="党支部工作手册">下载</a>` +
          `</li></ul><div data-search-attachments hidden></div></section></main>`,
      ),
    );
    await writeFile(join(dir, 'index.html'), page('<main><h1>首页</h1><p>最新动态 网络</p></main>'));
    report = await buildSearchIndex({ outDir: dir, base: '/dangjian/' });
    server = await serveStatic(dir, '/');
    pagefind = await import(/* @vite-ignore */ pathToFileURL(join(dir, 'pagefind/pagefind.js')).href);
    await pagefind.options({ basePath: `${server.url}pagefind/`, baseUrl: '/dangjian/' });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('indexes only the pages that mark their main content, and their attachments', () => {
    expect(report).toMatchObject({ pages: 2, attachments: 1 });
    expect(report.files).toBeGreaterThan(3);
  });

  it('indexes Traditional passages in Simplified form, so Simplified queries find them', async () => {
    expect(await urls('网络教学资源')).toEqual(['/dangjian/a/']);
    expect(await urls('备份')).toEqual(['/dangjian/a/']);
  });

  it('leaves navigation and unmarked pages out', async () => {
    expect(await urls('导航栏目')).toEqual([]);
    expect(await urls('最新动态')).toEqual([]);
  });

  it('finds a phrase of an attachment and names the file in a sub-result', async () => {
    const { results } = await searchAll(pagefind, '支部建在专业上');
    expect(results).toHaveLength(1);
    const data = await results[0]!.data();
    expect(data.url).toBe('/dangjian/m/');
    expect(data.meta.title).toBe('工作手册');
    expect((data.sub_results ?? []).map((s) => [readTitle(s.title), s.url])).toContainEqual([
      '附件：党支部工作手册（handbook.docx）',
      '/dangjian/m/#attachment-1',
    ]);
    const marked = readExcerpt(data.excerpt, ['支部建在专业上']).filter((s) => s.mark);
    expect(marked.map((s) => s.text)).toEqual(['支部建在专业上']);
  });

  it('keeps one index language even for a page marked zh-TW', async () => {
    const entry = JSON.parse(await readFile(join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual([INDEX_LANGUAGE]);
    expect(await urls('网络')).toEqual(['/dangjian/a/']); // the zh-TW page is in the one index
  });
});

/** A site larger than one shard: indexes merged in the browser, date order across them, and the cache. */
describe('buildSearchIndex in shards', () => {
  const DATES = ['2022-03-01', '2026-01-05', '2023-07-09', '2021-11-30', '2025-05-20'];
  const article = (n: number, date: string, extra = '') =>
    page(
      `<main data-pagefind-body><div hidden><span data-pagefind-filter="type:文章"></span>` +
        `<span data-pagefind-sort="date:${date}"></span></div><h1>第${n}篇</h1><p>主题党日活动纪实${extra}</p></main>`,
    );
  let dir: string;
  let cache: string;
  let server: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'xinhuo-shards-site-'));
    cache = await mkdtemp(join(tmpdir(), 'xinhuo-shards-cache-'));
    for (const [i, date] of DATES.entries()) {
      await mkdir(join(dir, `p${i}`), { recursive: true });
      await writeFile(join(dir, `p${i}/index.html`), article(i, date));
    }
    server = await serveStatic(dir, '/');
  });

  afterAll(async () => {
    await server?.close();
  });

  it('merges the shards into one search, newest first by date, and hides the shard filter', async () => {
    const report = await buildSearchIndex({ outDir: dir, base: '/', cacheDir: cache, shardPages: 2 });
    expect(report).toMatchObject({ pages: 5, shards: 3, reused: 0 });
    const manifest = JSON.parse(await readFile(join(dir, 'pagefind', SHARD_MANIFEST), 'utf8'));
    expect(manifest).toEqual({ shards: 3 });
    const pagefind = await import(/* @vite-ignore */ `${pathToFileURL(join(dir, 'pagefind/pagefind.js')).href}?1`);
    await pagefind.options({ basePath: `${server.url}pagefind/`, baseUrl: '/' });
    await mergeShards(pagefind, `${server.url}pagefind/`, manifest.shards, { baseUrl: '/' });
    const urls = async (outcome: { results: { data(): Promise<{ url: string }> }[] }) =>
      Promise.all(outcome.results.map(async (r) => (await r.data()).url));
    const newest = ['/p1/', '/p4/', '/p2/', '/p0/', '/p3/'];
    expect((await urls(await searchAll(pagefind, '主题党日', {}, 3))).sort()).toEqual([...newest].sort());
    expect(await urls(await searchAll(pagefind, '主题党日', { byDate: true }, 3))).toEqual(newest);
    const browse = await searchAll(pagefind, '', {}, 3);
    expect(await urls(browse)).toEqual(newest);
    const filters = await pagefind.filters();
    expect(Object.keys(filters).sort()).toEqual([SHARD_FILTER, 'type']);
    expect(readerFilters(filters)).toEqual({ type: { 文章: 5 } });
  });

  it('re-indexes only the shard of an edited page', async () => {
    await writeFile(join(dir, 'p2/index.html'), article(2, DATES[2]!, '，新增一段'));
    const report = await buildSearchIndex({ outDir: dir, base: '/', cacheDir: cache, shardPages: 2 });
    expect(report).toMatchObject({ pages: 5, shards: 3, reused: 2 });
  });
});

describe('buildSearchIndex output', () => {
  it('is the same, file for file, each time the same pages are indexed', async () => {
    // Pages of very different lengths, so that reading and preparing them finish out of order.
    const dir = await mkdtemp(join(tmpdir(), 'xinhuo-index-stable-'));
    for (let i = 0; i < 48; i++) {
      await mkdir(join(dir, `p${i}`), { recursive: true });
      const text = `第${i}次主题党日活动，学习党章党规。`.repeat(1 + ((i * 37) % 23) * 40);
      await writeFile(
        join(dir, `p${i}/index.html`),
        page(
          `<main data-pagefind-body><h1>活动${i}</h1><p>${text}</p><span data-pagefind-filter="n:${i % 5}"></span></main>`,
        ),
      );
    }
    const digests = async () => {
      await buildSearchIndex({ outDir: dir, base: '/' });
      const files = (await readdir(join(dir, 'pagefind'), { recursive: true })).sort();
      return Promise.all(
        files.map(async (f) => {
          const path = join(dir, 'pagefind', f);
          return (await stat(path)).isFile()
            ? `${f} ${createHash('sha256')
                .update(await readFile(path))
                .digest('hex')}`
            : f;
        }),
      );
    };
    const first = await digests();
    expect(first.length).toBeGreaterThan(10);
    for (let run = 0; run < 2; run++) expect(await digests()).toEqual(first);
  });
});

describe('workersFor', () => {
  const GB = 1024 ** 3;
  it('runs as many workers as fit next to the build process in the memory budget, at least one', () => {
    expect(workersFor(4 * GB, 1 * GB, 500, 2)).toBe(2);
    expect(workersFor(4 * GB, 3 * GB, 500, 2)).toBe(1);
    expect(workersFor(4 * GB, 5 * GB, 500, 2)).toBe(1);
    expect(workersFor(24 * GB, 1 * GB, 500, 2)).toBe(2);
  });
});
