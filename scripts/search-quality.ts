// Search quality on a built site: recall@5 and MRR of the queries in src/search/quality-set.json,
// for Pagefind as it is and for Xinhuo's search (Traditional → Simplified queries, several
// segmentations fused). Usage: node scripts/search-quality.ts [--dist dist] [--base /] [--min-recall 0.95]
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { normalizeChinese } from '../src/search/chinese.ts';
import {
  mergeShards,
  searchAll,
  SHARD_MANIFEST,
  type PagefindModule as Pagefind,
  type PagefindResult,
  type ShardManifest,
} from '../src/search/query.ts';
import { serveStatic } from './lib/static-server.ts';

/** A query of src/search/quality-set.json: the pages a reader expects, as paths below the base. */
interface QualityQuery {
  q: string;
  kind: string;
  expect: string[];
}

type Engine = 'Pagefind as is' | 'Xinhuo';

/** A query's result: the rank of the first expected page per engine (undefined: not in the first ten). */
type Row = { q: string; kind: string; top?: string } & { [E in Engine]?: number | undefined };

/** Whether a rank is in the first five (`undefined <= 5` is false). */
const inTopFive = (rank: number | undefined) => rank !== undefined && rank <= 5;

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    'min-recall': { type: 'string', default: '0.95' },
    verbose: { type: 'boolean', default: false },
  },
});
const root = resolve(values.dist);
const { queries } = JSON.parse(await readFile(new URL('../src/search/quality-set.json', import.meta.url), 'utf8')) as {
  queries: QualityQuery[];
};
const server = await serveStatic(root, values.base);
const pagefind = (await import(pathToFileURL(resolve(root, 'pagefind/pagefind.js')).href)) as Pagefind;
await pagefind.options({ basePath: `${server.url}pagefind/`, baseUrl: values.base });
await pagefind.init();
const { shards } = JSON.parse(await readFile(resolve(root, 'pagefind', SHARD_MANIFEST), 'utf8')) as ShardManifest;
await mergeShards(pagefind, `${server.url}pagefind/`, shards, { baseUrl: values.base });

const strip = (url: string) => '/' + url.slice(values.base.length).replace(/#.*$/, '');
async function rankOf(results: PagefindResult[], expect: string[]) {
  const top = await Promise.all(results.slice(0, 10).map((r) => r.data()));
  const index = top.findIndex((d) => expect.includes(strip(d.url)));
  return { rank: index === -1 ? undefined : index + 1, top: top.map((d) => strip(d.url)) };
}

const engines: Record<Engine, (q: string) => Promise<PagefindResult[]>> = {
  // Pagefind's search() answers null only when asked to `preload`, which this is not.
  'Pagefind as is': async (q) => (await pagefind.search(q))!.results,
  Xinhuo: async (q) => (await searchAll(pagefind, normalizeChinese(q), {}, shards)).results,
};
const rows: Row[] = [];
for (const { q, kind, expect } of queries) {
  const row: Row = { q, kind };
  for (const [name, run] of Object.entries(engines) as [Engine, (typeof engines)[Engine]][]) {
    const { rank, top } = await rankOf(await run(q), expect);
    row[name] = rank;
    if (values.verbose && name === 'Xinhuo' && !inTopFive(rank)) row.top = top.slice(0, 5).join(' ');
  }
  rows.push(row);
}
await server.close();

const summary = (name: Engine, subset = rows) => {
  const found = subset.filter((r) => inTopFive(r[name])).length;
  const mrr = subset.reduce((sum, r) => sum + (r[name] ? 1 / r[name] : 0), 0) / subset.length;
  return { recall5: found / subset.length, mrr };
};
const fmt = (n: number) => n.toFixed(3);
console.log('query'.padEnd(14), 'kind'.padEnd(10), 'as is', 'xinhuo');
for (const r of rows) {
  const show = (rank: number | undefined) => String(rank ?? '—').padStart(5);
  console.log(
    r.q.padEnd(14 - [...r.q].filter((c) => c.charCodeAt(0) > 255).length),
    r.kind.padEnd(10),
    show(r['Pagefind as is']),
    show(r.Xinhuo),
    r.top ?? '',
  );
}
console.log();
for (const kind of [...new Set(rows.map((r) => r.kind))]) {
  const subset = rows.filter((r) => r.kind === kind);
  const a = summary('Pagefind as is', subset);
  const b = summary('Xinhuo', subset);
  console.log(
    `${kind.padEnd(10)} n=${String(subset.length).padStart(2)}  recall@5 ${fmt(a.recall5)} → ${fmt(b.recall5)}  MRR ${fmt(a.mrr)} → ${fmt(b.mrr)}`,
  );
}
const plain = summary('Pagefind as is');
const ours = summary('Xinhuo');
console.log(`\nPagefind as is: recall@5 ${fmt(plain.recall5)}, MRR ${fmt(plain.mrr)} (${rows.length} queries)`);
console.log(`Xinhuo search:  recall@5 ${fmt(ours.recall5)}, MRR ${fmt(ours.mrr)} (${rows.length} queries)`);
const min = Number(values['min-recall']);
if (ours.recall5 < min) {
  console.error(`recall@5 ${fmt(ours.recall5)} is below the threshold ${min}`);
  process.exit(1);
}
