// Search quality on real text that nobody here wrote: public-domain Classical Chinese from the npm
// package chinese-poetry (MIT): Tang poems and Mencius (Traditional), the Analects (Simplified),
// Guwen Guanzhi essays (Traditional), one poem or chapter per page. The pages go through the
// site's own indexer (src/search/indexer.ts: attachments, Simplified, Han pairs, shards) and are
// searched with Pagefind's browser API the way the site searches (src/search/query.ts).
// Queries are drawn at random (seeded) from the text itself: verbatim substrings of 2–8
// characters, titles, and a substring in the other script; the expected pages are computed from
// the text. Prints recall@5 and MRR per kind; exits non-zero below the thresholds.
// Usage: node scripts/search-real-text.ts [--pages 1000] [--queries 300] [--seed 15]
//        [--min-substring 0.98] [--min-title 0.95] [--verbose]
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import * as ToTraditional from 'opencc-js/cn2t';
import { normalizeChinese } from '../src/search/chinese.ts';
import { buildSearchIndex } from '../src/search/indexer.ts';
import {
  mergeShards,
  searchAll,
  SHARD_MANIFEST,
  type PagefindModule as Pagefind,
  type ShardManifest,
} from '../src/search/query.ts';
import { random } from './lib/random.ts';
import { serveStatic } from './lib/static-server.ts';

/** A chapter of chinese-poetry's Analects or Mencius. */
interface Chapter {
  chapter: string;
  paragraphs: string[];
}

/** chinese-poetry's Guwen Guanzhi: volumes of essays. */
interface Guwenguanzhi {
  content: { content: (Chapter & { author: string })[] }[];
}

/** A Tang poem of chinese-poetry's quantangshi/poet.tang.N.json. */
interface Poem {
  title: string;
  author: string;
  paragraphs: string[];
}

/** A page of the corpus. */
interface Doc {
  title: string;
  author: string;
  paragraphs: string[];
  script: 'simplified' | 'traditional';
}

type Kind = 'substring' | 'title' | 'other script';

/** A query drawn from the text; `rank` and `total` are set once it has been searched. */
interface Query {
  q: string;
  kind: Kind;
  source: number;
  expect: number[];
  rare: boolean;
  /** Rank of the first wanted page in the first ten results (undefined: not there). */
  rank?: number | undefined;
  total?: number;
}

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    queries: { type: 'string', default: '300' },
    seed: { type: 'string', default: '15' },
    'min-substring': { type: 'string', default: '0.98' },
    'min-title': { type: 'string', default: '0.95' },
    verbose: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const PAGES = Number(values.pages);
const QUERIES = Number(values.queries);
const next = random(Number(values.seed));
const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(next() * list.length)];
/** A phrase counts as rare (its page must be in the top 5) when at most this many pages hold it. */
const RARE = 5;
/** Whether a rank is in the first five (`undefined <= 5` is false). */
const inTopFive = (rank: number | undefined) => rank !== undefined && rank <= 5;

const corpusDir = join(dirname(createRequire(import.meta.url).resolve('chinese-poetry/package.json')), 'dist');
const load = async <T>(path: string): Promise<T> => JSON.parse(await readFile(join(corpusDir, path), 'utf8')) as T;

/** The documents: { title, author, paragraphs, script }. Tang poems fill what the prose leaves. */
async function corpus(pages: number) {
  const docs: Doc[] = [];
  for (const c of await load<Chapter[]>('lunyu/lunyu.json'))
    docs.push({ title: `论语·${c.chapter}`, author: '孔子弟子', paragraphs: c.paragraphs, script: 'simplified' });
  for (const c of await load<Chapter[]>('sishuwujing/mengzi.json'))
    docs.push({ title: `孟子·${c.chapter}`, author: '孟子', paragraphs: c.paragraphs, script: 'traditional' });
  for (const volume of (await load<Guwenguanzhi>('mengxue/guwenguanzhi.json')).content)
    for (const c of volume.content)
      docs.push({ title: c.chapter, author: c.author.trim(), paragraphs: c.paragraphs, script: 'traditional' });
  const tang = (await readdir(join(corpusDir, 'quantangshi'))).filter((f) => /^poet\.tang\.\d+\.json$/.test(f));
  tang.sort((a, b) => Number(a.split('.')[2]) - Number(b.split('.')[2]));
  for (const file of tang) {
    if (docs.length >= pages) break;
    for (const p of await load<Poem[]>(`quantangshi/${file}`)) {
      if (docs.length >= pages) break;
      if (p.paragraphs.length)
        docs.push({ title: p.title, author: p.author, paragraphs: p.paragraphs, script: 'traditional' });
    }
  }
  return docs.slice(0, pages);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A page as the site renders an article: main content marked for search, the title weighted. */
const pageHtml = (doc: Doc, n: number) =>
  `<!doctype html><html lang="zh-CN"><head><title>${escapeHtml(doc.title)}</title></head><body>` +
  `<nav>首页 文章</nav><main data-pagefind-body><div hidden><span data-pagefind-filter="type:文章"></span>` +
  `<span data-pagefind-sort="date:2026-01-${String((n % 28) + 1).padStart(2, '0')}"></span></div>` +
  `<h1 data-pagefind-weight="10">${escapeHtml(doc.title)}</h1><p>${escapeHtml(doc.author)}</p>` +
  doc.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('') +
  `</main></body></html>`;

const toTraditional = ToTraditional.Converter({ from: 'cn', to: 'tw' });
const HAN_RUN = /\p{Script=Han}+/gu;

/** Queries drawn from the text; `source` is the page drawn, `expect` every page that holds the query. */
function sampleQueries(docs: Doc[], searchable: string[]) {
  const holding = (query: string) => {
    const needle = normalizeChinese(query).split(/\s+/);
    return searchable.flatMap((text, i) => (needle.every((w) => text.includes(w)) ? [i] : []));
  };
  const queries: Query[] = [];
  const kinds: Kind[] = ['substring', 'substring', 'substring', 'title', 'other script'];
  let tries = 0;
  while (queries.length < QUERIES && tries++ < QUERIES * 50) {
    const kind = kinds[queries.length % kinds.length]!;
    const source = Math.floor(next() * docs.length);
    const doc = docs[source]!;
    let q: string;
    if (kind === 'title') q = doc.title;
    else {
      const runs = doc.paragraphs.flatMap((p) => p.match(HAN_RUN) ?? []);
      const length = pick([2, 3, 4, 6, 8])!;
      const run = pick(runs.filter((r) => [...r].length >= length));
      if (!run) continue;
      const chars = [...run];
      const start = Math.floor(next() * (chars.length - length + 1));
      q = chars.slice(start, start + length).join('');
      if (kind === 'other script') q = doc.script === 'traditional' ? normalizeChinese(q) : toTraditional(q);
      if (kind === 'other script' && q === chars.slice(start, start + length).join('')) continue; // same in both
    }
    const expect = holding(q);
    // The conversion of a cut phrase can differ from the conversion in context: skip what no page holds.
    if (!expect.includes(source)) continue;
    queries.push({ q, kind, source, expect, rare: expect.length <= RARE });
  }
  return queries;
}

const started = performance.now();
const docs = await corpus(PAGES);
const dir = await mkdtemp(join(tmpdir(), 'xinhuo-real-text-'));
try {
  await Promise.all(
    docs.map(async (doc, n) => {
      await mkdir(join(dir, 'p', String(n)), { recursive: true });
      await writeFile(join(dir, 'p', String(n), 'index.html'), pageHtml(doc, n));
    }),
  );
  const indexStart = performance.now();
  const report = await buildSearchIndex({ outDir: dir, base: '/' });
  const indexSeconds = (performance.now() - indexStart) / 1000;
  const searchable = docs.map((d) => normalizeChinese([d.title, d.author, ...d.paragraphs].join('\n')));
  const queries = sampleQueries(docs, searchable);

  const server = await serveStatic(dir, '/');
  const pagefind = (await import(pathToFileURL(join(dir, 'pagefind/pagefind.js')).href)) as Pagefind;
  await pagefind.options({ basePath: `${server.url}pagefind/`, baseUrl: '/' });
  await pagefind.init();
  const { shards } = JSON.parse(await readFile(join(dir, 'pagefind', SHARD_MANIFEST), 'utf8')) as ShardManifest;
  await mergeShards(pagefind, `${server.url}pagefind/`, shards, { baseUrl: '/' });
  const pageOf = (url: string) => Number(/\/p\/(\d+)\//.exec(url)?.[1] ?? -1);
  const times: number[] = [];
  for (const query of queries) {
    const t = performance.now();
    const { results } = await searchAll(pagefind, normalizeChinese(query.q), {}, shards);
    times.push(performance.now() - t);
    const top = await Promise.all(results.slice(0, 10).map(async (r) => pageOf((await r.data()).url)));
    // A rare phrase must bring its own page; a common one, any page that holds it.
    const wanted = query.rare ? [query.source] : query.expect;
    const rank = top.findIndex((p) => wanted.includes(p));
    query.rank = rank === -1 ? undefined : rank + 1;
    query.total = results.length;
  }
  await server.close();

  const summary = (subset: Query[]) => ({
    n: subset.length,
    recall5: subset.filter((q) => inTopFive(q.rank)).length / (subset.length || 1),
    mrr: subset.reduce((sum, q) => sum + (q.rank ? 1 / q.rank : 0), 0) / (subset.length || 1),
  });
  const fmt = (n: number) => n.toFixed(3);
  times.sort((a, b) => a - b);
  console.log(
    `Real-text search benchmark: ${docs.length} pages of chinese-poetry (Tang poems, Mencius, Guwen Guanzhi in ` +
      `Traditional; the Analects in Simplified), ${queries.length} queries (seed ${values.seed})`,
  );
  console.log(
    `index: ${indexSeconds.toFixed(1)} s, ${report.shards} shards, ${(report.bytes / 1024).toFixed(0)} KB; ` +
      `query in Node: median ${times[times.length >> 1]?.toFixed(1)} ms, p90 ${times[Math.floor(times.length * 0.9)]?.toFixed(1)} ms`,
  );
  if (values.verbose)
    for (const q of queries.filter((q) => !inTopFive(q.rank)))
      console.log(
        `  missed: ${q.kind} “${q.q}” (page ${q.source}, ${q.expect.length} pages hold it, ${q.total} results)`,
      );
  const rows: [string, Query[]][] = [
    ['substring (rare)', queries.filter((q) => q.kind === 'substring' && q.rare)],
    ['substring (common)', queries.filter((q) => q.kind === 'substring' && !q.rare)],
    ['title', queries.filter((q) => q.kind === 'title')],
    ['other script', queries.filter((q) => q.kind === 'other script')],
    ['all', queries],
  ];
  for (const [name, subset] of rows) {
    const s = summary(subset);
    console.log(`${name.padEnd(20)} n=${String(s.n).padStart(4)}  recall@5 ${fmt(s.recall5)}  MRR ${fmt(s.mrr)}`);
  }
  const failures: string[] = [];
  const substrings = summary(queries.filter((q) => q.kind !== 'title'));
  const titles = summary(queries.filter((q) => q.kind === 'title'));
  if (substrings.recall5 < Number(values['min-substring']))
    failures.push(`substrings (both scripts): recall@5 ${fmt(substrings.recall5)} < ${values['min-substring']}`);
  if (titles.recall5 < Number(values['min-title']))
    failures.push(`titles: recall@5 ${fmt(titles.recall5)} < ${values['min-title']}`);
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s in all)`);
  if (failures.length) {
    console.error(`Below the threshold — ${failures.join('; ')}`);
    process.exitCode = 1;
  }
} finally {
  if (values.keep) console.log(`kept ${dir}`);
  else await rm(dir, { recursive: true, force: true });
}
