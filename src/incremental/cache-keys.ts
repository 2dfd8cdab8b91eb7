/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and whose
 * code (Astro hashes the page's module graph) are unchanged since the last build is copied from
 * that build instead of rendered again. So the key must change with everything the page shows
 * that is not its code: the entries in its props (by id and content digest: their title, date,
 * summary, body…), the slugs of those entries' tags, their branches, the site-wide inputs every
 * page shows (site settings in header and footer, the search dialog's suggestions), and whatever
 * else the page reads itself (`extra`, e.g. an article's revision history).
 */
import { createHash } from 'node:crypto';
import { getEntry } from 'astro:content';
import { getPopularSearches } from '../topics/insights.ts';
import { getBranches, oncePerBuild } from '../site/data.ts';
import { getTagSlugs } from '../articles/data.ts';

interface EntryLike {
  collection: string;
  id: string;
  digest?: string | number;
  data: { tags?: unknown; branch?: unknown };
}

const isEntry = (value: unknown): value is EntryLike =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as EntryLike).collection === 'string' &&
  typeof (value as EntryLike).id === 'string' &&
  typeof (value as EntryLike).data === 'object';

/** What every page shows besides its own data. */
const siteWide = oncePerBuild(async () =>
  JSON.stringify([(await getEntry('site', 'site'))?.digest, await getPopularSearches()]),
);

/**
 * The cache key of a page rendered from `props` (what getStaticPaths hands it), plus `extra` for
 * anything the page looks up itself. Entries are keyed by collection, id and digest, so an edited
 * entry changes the key of every page that shows it (its own page, its list pages, its neighbours).
 */
export async function cacheKey(props: unknown, extra: unknown = null): Promise<string> {
  const entries: EntryLike[] = [];
  const json = JSON.stringify(props, (_key, value: unknown) => {
    if (!isEntry(value)) return value;
    entries.push(value);
    return `${value.collection}/${value.id}@${value.digest}`;
  });
  const slugs = await getTagSlugs();
  const branches = new Map((await getBranches()).map((b) => [b.id, b.digest]));
  const around = entries.map(({ data }) => [
    Array.isArray(data.tags) ? data.tags.map((tag) => slugs.get(String(tag))) : null,
    typeof data.branch === 'string' ? (branches.get(data.branch) ?? 'missing') : null,
  ]);
  return createHash('sha256')
    .update(await siteWide())
    .update('\0')
    .update(json)
    .update('\0')
    .update(JSON.stringify(around))
    .update('\0')
    .update(JSON.stringify(extra))
    .digest('hex')
    .slice(0, 32);
}

/** Adds each route's cache key, computed from its props (see cacheKey). */
export async function withCacheKeys<R extends { props: object }>(
  routes: readonly R[],
  extra: (route: R) => unknown = () => null,
): Promise<(R & { cacheKey: string })[]> {
  return Promise.all(
    routes.map(async (route) => ({ ...route, cacheKey: await cacheKey(route.props, await extra(route)) })),
  );
}
