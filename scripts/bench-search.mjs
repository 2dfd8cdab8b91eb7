// Search at scale: indexes N generated Chinese article pages with Xinhuo's indexer and measures
// time, peak memory of the whole process tree (Node + the Pagefind binary), index size, bytes a
// reader downloads for a first and a later query, and in-engine query time.
// Usage: node scripts/bench-search.mjs [--pages 5000] [--keep]
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from '../src/search/indexer.ts';
import { searchAll } from '../src/search/query.ts';
import { articles } from './bench/corpus.mjs';
import { watchPeak } from './bench/process-tree.mjs';
import { serveStatic } from './lib/static-server.mjs';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '1000' }, keep: { type: 'boolean' } } });
const count = Number(values.pages);
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const LABELS = {
  news: '党建动态',
  theory: '理论学习',
  notice: '通知公告',
  'branch-life': '支部风采',
  voices: '师生心声',
};

/** The indexable part of an article page as the site renders it (see src/pages/articles/[id].astro). */
function pageHtml(a) {
  let h = 0;
  const body = a.body
    .split('\n\n')
    .map((block) => {
      if (block.startsWith('## ')) return `<h2 id="h-${++h}">${escape(block.slice(3))}</h2>`;
      if (/^\d+\. /.test(block))
        return `<ol>${block
          .split('\n')
          .map((l) => `<li>${escape(l.replace(/^\d+\. /, ''))}</li>`)
          .join('')}</ol>`;
      if (block.startsWith('<Callout'))
        return `<aside><p>学习提示</p><p>${escape(block.split('\n\n')[1] ?? '')}</p></aside>`;
      return `<p>${escape(block)}</p>`;
    })
    .join('');
  const filters = [
    ['type', '文章'],
    ['category', LABELS[a.category]],
    ['year', a.date.slice(0, 4)],
  ];
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(a.title)}</title></head><body>
<header><nav><a href="/">首页</a><a href="/articles/">党建动态</a></nav></header>
<main data-pagefind-body><div hidden>${filters.map(([k, v]) => `<span data-pagefind-filter="${k}:${v}"></span>`).join('')}
<span data-pagefind-meta="date:${a.date}"></span><span data-pagefind-sort="date:${a.date}"></span></div>
<article><h1>${escape(a.title)}</h1><div class="prose-zh">${body}</div></article></main>
<footer>中共华章职业技术学院委员会</footer></body></html>`;
}

const dir = await mkdtemp(join(tmpdir(), 'xinhuo-bench-search-'));
let characters = 0;
for (const a of articles(count)) {
  await mkdir(join(dir, 'articles', a.id), { recursive: true });
  await writeFile(join(dir, 'articles', a.id, 'index.html'), pageHtml(a));
  characters += a.body.length;
}

const memory = watchPeak();
const started = performance.now();
const report = await buildSearchIndex({ outDir: dir, base: '/' });
const seconds = (performance.now() - started) / 1000;
const peak = memory.stop();

// A reader's searches, over HTTP, counting the bytes the server sends.
const server = await serveStatic(dir, '/');
const pagefind = await import(pathToFileURL(join(dir, 'pagefind/pagefind.js')).href);
await pagefind.options({ basePath: `${server.url}pagefind/`, baseUrl: '/' });
const show = async (q) => Promise.all((await searchAll(pagefind, q)).results.slice(0, 10).map((r) => r.data()));
server.resetBytes();
await show('三会一课');
const firstBytes = server.bytes;
server.resetBytes();
await show('发展党员');
const laterBytes = server.bytes;
const QUERIES = [
  '党史学习教育',
  '主题党日',
  '组织生活',
  '志愿服务',
  '产教融合',
  '理论学习',
  '党员',
  '学习',
  '支部书记',
  '入党积极分子',
];
for (const q of QUERIES) await pagefind.search(q); // load their chunks first: time the engine, not the network
const times = [];
for (let round = 0; round < 3; round++) {
  for (const q of QUERIES) {
    const t = performance.now();
    await pagefind.search(q);
    times.push(performance.now() - t);
  }
}
times.sort((a, b) => a - b);
await server.close();

const files = (await readdir(join(dir, 'pagefind'), { recursive: true, withFileTypes: true })).filter((e) =>
  e.isFile(),
);
const sizes = await Promise.all(files.map((e) => stat(join(e.parentPath, e.name)).then((s) => s.size)));
const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
const rows = [
  ['pages indexed', `${report.pages} (${(characters / count).toFixed(0)} characters of body on average)`],
  ['index time', `${seconds.toFixed(1)} s`],
  ['peak memory (Node + Pagefind)', `${(peak / 1024 ** 3).toFixed(2)} GB`],
  ['index size', `${kb(sizes.reduce((a, b) => a + b, 0))} in ${files.length} files`],
  ['first query (三会一课), bytes transferred', kb(firstBytes)],
  ['later query (发展党员), bytes transferred', kb(laterBytes)],
  [
    'in-engine query time, median / p90',
    `${times[times.length >> 1].toFixed(1)} ms / ${times[Math.floor(times.length * 0.9)].toFixed(1)} ms`,
  ],
];
console.log(`\nSearch benchmark, ${count} pages (${new Date().toISOString().slice(0, 10)})`);
for (const [k, v] of rows) console.log(`  ${k.padEnd(44)} ${v}`);
if (!values.keep) await rm(dir, { recursive: true, force: true });
else console.log(`  kept: ${dir}`);
