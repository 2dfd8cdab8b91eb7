import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { buildSearchIndex, type IndexReport } from './indexer';

const page = (body: string, lang = 'zh-CN') =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><nav>导航栏目</nav>${body}</body></html>`;

/** A three-page site under /dangjian/, indexed for real, then searched with Pagefind's own browser API. */
describe('buildSearchIndex', () => {
  let dir: string;
  let report: IndexReport;
  let server: { url: string; close(): Promise<void> };
  let pagefind: {
    options(o: object): Promise<void>;
    search(q: string): Promise<{
      results: {
        data(): Promise<{ url: string; meta: Record<string, string>; sub_results: { title: string; url: string }[] }>;
      }[];
    }>;
  };
  const urls = async (q: string) =>
    Promise.all((await pagefind.search(q)).results.map(async (r) => (await r.data()).url));

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
  }, 60_000);

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
    const { results } = await pagefind.search('支部建在专业上');
    expect(results).toHaveLength(1);
    const data = await results[0]!.data();
    expect(data.url).toBe('/dangjian/m/');
    expect(data.sub_results.map((s) => [s.title, s.url])).toContainEqual([
      '附件：党支部工作手册（handbook.docx）',
      '/dangjian/m/#attachment-1',
    ]);
  });

  it('keeps one index language even for a page marked zh-TW', async () => {
    const entry = JSON.parse(await readFile(join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    expect(await urls('网络')).toEqual(['/dangjian/a/']); // the zh-TW page is in the zh-CN index
  });
});
