/**
 * Searching the index. Pagefind indexes Han text as overlapping pairs of characters (bigrams.ts):
 * each query is planned into pairs (queryPlan), run as one ranked search for the order, and — for
 * every Han run of two or more characters — as an exact-phrase search of its pairs, which decides
 * which pages hold the reader's words verbatim.
 */
import { queryPlan } from './bigrams.ts';

/**
 * The ranked results that every phrase search found (the pages holding each Han run verbatim), in
 * ranked order, each as its first phrase search returned it (the excerpt is centred on the phrase).
 * With `unranked`, pages the phrase searches found but the ranked search did not follow.
 */
export function verbatimResults<T extends { id: string }>(ranked: T[], phrases: T[][], unranked: boolean): T[] {
  if (!phrases.length) return ranked;
  const verbatim = new Map(phrases[0]!.map((item) => [item.id, item] as const));
  for (const list of phrases.slice(1)) {
    const ids = new Set(list.map((item) => item.id));
    for (const id of verbatim.keys()) if (!ids.has(id)) verbatim.delete(id);
  }
  const found = ranked.filter((r) => verbatim.has(r.id)).map((r) => verbatim.get(r.id)!);
  if (!unranked) return found;
  const seen = new Set(found.map((r) => r.id));
  return [...found, ...[...verbatim.values()].filter((r) => !seen.has(r.id))];
}

/**
 * The one language of the index. Pages are zh-CN, but Pagefind is fed their Han text as pairs of
 * characters written as words (bigrams.ts), so it indexes a space-delimited language and runs no
 * Chinese segmenter; English also stems the Latin words (lessons → lesson).
 */
export const INDEX_LANGUAGE = 'en';

/** What the search code needs of Pagefind's browser API. */
export interface PagefindApi {
  search(
    term: string | null,
    options?: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[]; filters?: Record<string, Record<string, number>> } | null>;
}

/** A built site's pagefind/pagefind.js as the scripts load it in Node (search quality, real text, benchmark). */
export interface PagefindModule extends PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
  destroy(): Promise<void>;
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
 * Runs an already normalized query (see queryPlan and verbatimResults). Sorted by date, the results are
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
  const [ranked, ...phrases] = await Promise.all([run(plan.ranked), ...plan.phrases.map(run)]);
  let results = verbatimResults(
    ranked?.results ?? [],
    phrases.map((p) => p?.results ?? []),
    plan.phrasesOnly,
  );
  if (options.byDate && results.length > 1) {
    const all = await newestFirst(pagefind, filters, shards);
    const order = new Map(all.results.map((r, i) => [r.id, i] as const));
    results = results.sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity));
  }
  // Filter counts: of the narrowest phrase search (the pages holding a run verbatim), else the ranked one.
  const narrowest = phrases.reduce((a, b) => ((b?.results.length ?? 0) < (a?.results.length ?? 0) ? b : a), ranked);
  return { results, filters: readerFilters(narrowest?.filters) } satisfies SearchOutcome;
}
