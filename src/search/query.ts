/**
 * Query planning for Chinese. Pagefind segments page text with jieba when it indexes and the query
 * with the browser's Intl.Segmenter when it searches; the two disagree (Pagefind issue 1237):
 * 三会一课 is indexed as 三会 / 一课 but queried as 三 / 会 / 一课, and the page is missed.
 * So each query runs in a few segmentations of its Han runs and the result lists are fused by
 * reciprocal rank: a page found by any reading of the query is found.
 *
 * This module has no imports, so Node scripts (the search-quality script) run it as it is.
 */

const HAN_RUN = /\p{Script=Han}+/gu;

function pairs(run: string, offset: number): string {
  const chars = [...run];
  const parts: string[] = [];
  if (offset > 0) parts.push(chars.slice(0, offset).join(''));
  for (let i = offset; i < chars.length; i += 2) parts.push(chars.slice(i, i + 2).join(''));
  return parts.join(' ');
}

/**
 * The readings of a query to run: every Han run of three or more characters split into
 * two-character words from its first character, the query as typed (the browser's segmentation),
 * and the runs split from their second character. The first reading usually agrees with jieba
 * (三会 一课, 党史 学习 教育), so its excerpts win ties in the fused list.
 */
export function queryVariants(query: string): string[] {
  const typed = query.trim().replace(/\s+/g, ' ');
  if (!typed) return [];
  const split = (offset: number) => typed.replace(HAN_RUN, (run) => ([...run].length >= 3 ? pairs(run, offset) : run));
  return [...new Set([split(0), typed, split(1)])];
}

/** Reciprocal-rank fusion constant (Cormack et al. 2009). */
const K = 60;

/**
 * Merges ranked lists of ids: an id ranked high in any list, or found by several, comes first.
 * Each id keeps the item of the list that ranked it best (earlier lists win ties).
 */
export function fuseRankings<T extends { id: string }>(lists: T[][]): T[] {
  const scores = new Map<string, { item: T; score: number; best: number }>();
  for (const list of lists) {
    list.forEach((item, rank) => {
      const entry = scores.get(item.id) ?? { item, score: 0, best: rank };
      entry.score += 1 / (K + rank + 1);
      if (rank < entry.best) Object.assign(entry, { item, best: rank });
      scores.set(item.id, entry);
    });
  }
  return [...scores.values()].sort((a, b) => b.score - a.score).map((e) => e.item);
}

/** What the search code needs of Pagefind's browser API. */
export interface PagefindApi {
  search(
    term: string | null,
    options?: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[]; filters?: Record<string, Record<string, number>> } | null>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

export interface SearchOptions {
  filters?: Record<string, string[]>;
  /** Newest first instead of by relevance. */
  byDate?: boolean;
}

export interface SearchOutcome {
  results: PagefindResult[];
  /** Counts per filter value among the results. */
  filters: Record<string, Record<string, number>>;
}

/**
 * Large sites have several Pagefind indexes ("shards", see indexer.ts), split by date: the newest is
 * the primary index at `pagefind/`, older ones in `pagefind/shard-N/`, all merged into one search.
 * Every page carries the filter `shard:N`, which date order needs (below) and readers never see.
 */
export const SHARD_FILTER = 'shard';
export const SHARD_MANIFEST = 'xinhuo-shards.json';
export interface ShardManifest {
  shards: number;
}
/** The folder of shard `n` below `pagefind/` (the newest, primary shard is `pagefind/` itself). */
export const shardPath = (n: number) => `shard-${n}/`;

/** Merges the older shards into a Pagefind instance whose primary index is at `indexUrl` (ends in `/`). */
export async function mergeShards(
  pagefind: { mergeIndex(url: string, options?: Record<string, unknown>): Promise<void> },
  indexUrl: string,
  shards: number,
  options: Record<string, unknown> = {},
) {
  for (let n = shards - 2; n >= 0; n--) await pagefind.mergeIndex(`${indexUrl}${shardPath(n)}`, options);
}

/** Filter counts without the internal shard filter. */
export function readerFilters(filters: Record<string, Record<string, number>> | undefined) {
  return Object.fromEntries(Object.entries(filters ?? {}).filter(([key]) => key !== SHARD_FILTER));
}

/**
 * Every page that passes the filters, newest first. Merged indexes interleave their sorted lists
 * (each ranks its own pages), so with several shards each shard is asked on its own, newest shard
 * first: shards hold consecutive date ranges, so their lists follow each other.
 */
async function newestFirst(pagefind: PagefindApi, filters: Record<string, string[]> | undefined, shards: number) {
  const sort = { date: 'desc' as const };
  const all = await pagefind.search(null, filters ? { filters, sort } : { sort });
  if (shards <= 1) return { results: all?.results ?? [], filters: all?.filters ?? {} };
  const lists = await Promise.all(
    Array.from({ length: shards }, (_, i) =>
      pagefind.search(null, { filters: { ...filters, [SHARD_FILTER]: [String(shards - 1 - i)] }, sort }),
    ),
  );
  return { results: lists.flatMap((list) => list?.results ?? []), filters: all?.filters ?? {} };
}

/**
 * Runs every reading of an already normalized query and fuses the results. Sorted by date, the
 * union is put in the order of a filter-only search sorted by date (Pagefind returns every page for
 * an empty query), since fused ranks know nothing of dates. `shards` is the number of merged indexes.
 */
export async function searchAll(pagefind: PagefindApi, query: string, options: SearchOptions = {}, shards = 1) {
  const filters = options.filters;
  if (!query.trim()) {
    // No words, only filters: browse the filtered pages, newest first.
    const all = await newestFirst(pagefind, filters, shards);
    return { results: all.results, filters: readerFilters(all.filters) } satisfies SearchOutcome;
  }
  const responses = await Promise.all(queryVariants(query).map((v) => pagefind.search(v, filters ? { filters } : {})));
  let results = fuseRankings(responses.map((r) => r?.results ?? []));
  if (options.byDate && results.length > 1) {
    const all = await newestFirst(pagefind, filters, shards);
    const order = new Map(all.results.map((r, i) => [r.id, i] as const));
    results = results.sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity));
  }
  // Filter counts come from the reading that found the most pages.
  const widest = responses.reduce((a, b) => ((b?.results.length ?? 0) > (a?.results.length ?? 0) ? b : a));
  return { results, filters: readerFilters(widest?.filters) } satisfies SearchOutcome;
}
