/**
 * The search engine in the browser: loads Pagefind from the site's own /pagefind/ folder on the
 * first search (never before), normalizes the query to Simplified Chinese when it needs it, and
 * runs the fused query plan of ../query.ts. Under `astro dev` there is no index: `SearchUnavailable`.
 */
import traditional from 'virtual:xinhuo/traditional-characters';
import {
  INDEX_LANGUAGE,
  mergeShards,
  readerFilters,
  searchAll,
  SHARD_MANIFEST,
  type PagefindApi,
  type PagefindData,
  type SearchOptions,
  type ShardManifest,
} from '../query.ts';

export type { PagefindData } from '../query.ts';

export class SearchUnavailable extends Error {}

interface Pagefind extends PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const base = import.meta.env.BASE_URL;
let engine: Promise<Pagefind> | undefined;
/** Indexes merged into the engine (see ../query.ts, shards). */
let shards = 1;
let converter: Promise<(text: string) => string> | undefined;
const traditionalSet = new Set(traditional);

export function loadEngine(): Promise<Pagefind> {
  engine ??= (async () => {
    try {
      const url = `${base}pagefind/pagefind.js`;
      const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      const options = { baseUrl: base, excerptLength: 40 };
      await pagefind.options(options);
      await initInIndexLanguage(pagefind);
      const manifest = (await (await fetch(`${base}pagefind/${SHARD_MANIFEST}`)).json()) as ShardManifest;
      await mergeShards(pagefind, `${base}pagefind/`, manifest.shards, { ...options, language: INDEX_LANGUAGE });
      shards = manifest.shards;
      return pagefind;
    } catch (error) {
      engine = undefined;
      throw new SearchUnavailable('搜索索引尚未生成（开发模式下没有索引，请运行 npm run build）', { cause: error });
    }
  })();
  return engine;
}

/**
 * Starts Pagefind in the index's language, not the page's. Pagefind takes the language from
 * `<html lang>` when it starts, and for zh-CN it cuts the query into ICU words (三会 → 三 / 会),
 * which would break the character pairs of the index. It has no option for this, so `lang` is
 * set for the moment Pagefind reads it (synchronously, when it is created) and put back at once.
 */
async function initInIndexLanguage(pagefind: Pagefind) {
  const html = document.documentElement;
  const lang = html.getAttribute('lang');
  html.setAttribute('lang', INDEX_LANGUAGE);
  const ready = pagefind.init();
  if (lang === null) html.removeAttribute('lang');
  else html.setAttribute('lang', lang);
  await ready;
}

/** Whether the text holds a Traditional character (the index's rule, see ../chinese.ts). */
export function needsConversion(text: string): boolean {
  for (const char of text) if (traditionalSet.has(char)) return true;
  return false;
}

/** The Traditional → Simplified converter, loaded the first time a query or page needs it. */
export function loadConverter(): Promise<(text: string) => string> {
  converter ??= import('opencc-js/t2cn').then((OpenCC) => OpenCC.Converter({ from: 'twp', to: 'cn' }));
  return converter;
}

/** The query as the index reads it: Simplified, single spaces. */
export async function normalizeQuery(query: string): Promise<string> {
  const trimmed = query.trim().replace(/\s+/g, ' ');
  return needsConversion(trimmed) ? (await loadConverter())(trimmed) : trimmed;
}

export interface SearchResponse {
  query: string;
  total: number;
  /** Loads the data of results [from, to). */
  page(from: number, to: number): Promise<PagefindData[]>;
  filters: Record<string, Record<string, number>>;
}

export async function search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
  const [pagefind, normalized] = await Promise.all([loadEngine(), normalizeQuery(query)]);
  const { results, filters } = await searchAll(pagefind, normalized, options, shards);
  return {
    query: normalized,
    total: results.length,
    page: (from, to) => Promise.all(results.slice(from, to).map((r) => r.data())),
    filters,
  };
}

/** Every filter value of the whole index with its page count. */
export async function allFilters(): Promise<Record<string, Record<string, number>>> {
  return readerFilters(await (await loadEngine()).filters());
}
