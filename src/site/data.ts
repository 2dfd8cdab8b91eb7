/**
 * Data access shared by every feature: `oncePerBuild`, the branches, the site settings and the
 * build's "as of" moment. A feature's own data (articles and materials, activities, courses,
 * revisions, hot topics) is read in its folder's data module. What decides *what* is shown lives
 * in pure helpers.
 */
import { readConfig } from '../config.ts';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { resolveAsOf } from '../lib/date.ts';

export type Branch = CollectionEntry<'branches'>;

/**
 * Computes a derived list once per build instead of once per page (getCollection copies every
 * entry on each call, which is quadratic over thousands of article pages). In dev, content
 * changes between requests, so nothing is kept. Callers must not mutate the result.
 */
export function oncePerBuild<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? load() : (cached ??= load()));
}

/** All branches, teachers’ branches first, then by name. */
export const getBranches = oncePerBuild(async (): Promise<Branch[]> => {
  const all = await getCollection('branches');
  return all.sort(
    (a, b) => a.data.kind.localeCompare(b.data.kind, 'en') * -1 || a.data.name.localeCompare(b.data.name, 'zh-CN'),
  );
});

/** Each branch's name, by id (lists and tables name branches; entries refer to them by id). */
export const getBranchNames = oncePerBuild(
  async (): Promise<ReadonlyMap<string, string>> => new Map((await getBranches()).map((b) => [b.id, b.data.name])),
);

/** Party members of all branches together (the branches' own figures). */
export const getMemberCount = oncePerBuild(async (): Promise<number> =>
  (await getBranches()).reduce((sum, b) => sum + b.data.members, 0),
);

/** The site settings (name, college, footer). */
export async function getSiteSettings() {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('缺少站点设置 src/content/settings/site.yml / Missing src/content/settings/site.yml');
  return entry.data;
}

/**
 * The build's "as of" moment for assessment and activity status: XINHUO_AS_OF when set (tests
 * and reproducible builds), otherwise the time of the build.
 */
export const getAsOf = oncePerBuild(async (): Promise<Date> => resolveAsOf(readConfig().asOf, new Date()));
