/**
 * Searching the index. Pagefind indexes Han text as overlapping pairs of characters (bigrams.ts):
 * each query is planned into pairs (queryPlan), run as one ranked search, and — for every Han run
 * of three or more characters — as an exact-phrase search of its pairs, so pages that hold the
 * reader's phrase verbatim come first, in the ranked order.
 */
import { queryPlan } from './bigrams.ts';

/**
 * The ranked results with the pages that hold every phrase verbatim first (then those that hold
 * some, by how many), keeping the ranked order within each group. Pages found only by a phrase
 * search follow, in phrase order. A page found by a phrase search is returned as that search's
 * result, whose excerpt is centred on the phrase.
 */
export function phrasesFirst<T extends { id: string }>(ranked: T[], phrases: T[][]): T[] {
  if (!phrases.length) return ranked;
  const hits = new Map<string, number>();
  const verbatim = new Map<string, T>();
  for (const list of phrases)
    for (const item of list) {
      hits.set(item.id, (hits.get(item.id) ?? 0) + 1);
      if (!verbatim.has(item.id)) verbatim.set(item.id, item);
    }
  const seen = new Set(ranked.map((r) => r.id));
  const extra = phrases.flat().filter((r) => !seen.has(r.id) && seen.add(r.id));
  const order = [...ranked, ...extra].map((item, rank) => ({ item, rank, hits: hits.get(item.id) ?? 0 }));
  return order.sort((a, b) => b.hits - a.hits || a.rank - b.rank).map((e) => verbatim.get(e.item.id) ?? e.item);
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
 * Runs an already normalized query (see queryPlan and phrasesFirst). Sorted by date, the results are
 * put in the order of a filter-only search sorted by date (Pagefind returns every page for an empty
 * query), since ranks know nothing of dates. `shards` is the number of merged indexes.
 */
export async function searchAll(pagefind: PagefindApi, query: string, options: SearchOptions = {}, shards = 1) {
  const filters = options.filters;
  const plan = queryPlan(query);
  if (!plan.ranked) {
    // No words, only filters: browse the filtered pages, newest first.
    const all = await newestFirst(pagefind, filters, shards);
    return { results: all.results, filters: readerFilters(all.filters) } satisfies SearchOutcome;
  }
  const run = (term: string) => pagefind.search(term, filters ? { filters } : {});
  const [ranked, loose, ...phrases] = await Promise.all([
    run(plan.ranked),
    plan.loose ? run(plan.loose) : null,
    ...plan.phrases.map(run),
  ]);
  let results = phrasesFirst(
    ranked?.results ?? [],
    phrases.map((p) => p?.results ?? []),
  );
  if (loose) {
    const seen = new Set(results.map((r) => r.id));
    results = [...results, ...loose.results.filter((r) => !seen.has(r.id))];
  }
  if (options.byDate && results.length > 1) {
    const all = await newestFirst(pagefind, filters, shards);
    const order = new Map(all.results.map((r, i) => [r.id, i] as const));
    results = results.sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity));
  }
  // Filter counts come from the search that found the most pages.
  const widest = (loose?.results.length ?? 0) > (ranked?.results.length ?? 0) ? loose : ranked;
  return { results, filters: readerFilters(widest?.filters) } satisfies SearchOutcome;
}
