/**
 * Data access shared by every feature: reads the content collections once per build through Astro
 * and hands out published, sorted articles and materials, branches, tags, categories, the site
 * settings and the build's "as of" moment. A feature's own data (activities, courses, revisions,
 * hot topics) is read in its folder's data module. What decides *what* is shown lives in pure helpers.
 */
import { readConfig } from '../config.ts';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { CATEGORIES } from '../model/collections.ts';
import { resolveAsOf } from '../lib/date.ts';
import { groupBy, publishedNewestFirst } from '../lib/queries.ts';
import { uniqueSlugs } from '../lib/slug.ts';

export type Article = CollectionEntry<'articles'>;
export type Material = CollectionEntry<'materials'>;
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

/** Articles a reader may see, newest first. */
export const getPublishedArticles = oncePerBuild(async (): Promise<Article[]> =>
  publishedNewestFirst(await getCollection('articles')),
);

/** Study materials a reader may see, newest first. */
export const getPublishedMaterials = oncePerBuild(async (): Promise<Material[]> =>
  publishedNewestFirst(await getCollection('materials')),
);

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

/** Every tag used by published articles and materials, with its URL slug and its articles. */
export const getTags = oncePerBuild(async (): Promise<{ label: string; slug: string; articles: Article[] }[]> => {
  const articles = await getPublishedArticles();
  const materials = await getPublishedMaterials();
  const slugs = uniqueSlugs([...articles, ...materials].flatMap((e) => e.data.tags));
  const byTag = groupBy(articles, (a) => a.data.tags);
  return [...slugs].map(([label, slug]) => ({ label, slug, articles: byTag.get(label) ?? [] }));
});

/** Tags with at least one published article, most used first, then by label. */
export const getUsedTags = oncePerBuild(async () =>
  (await getTags())
    .filter((t) => t.articles.length > 0)
    .sort((a, b) => b.articles.length - a.articles.length || a.label.localeCompare(b.label, 'zh-CN')),
);

/** Each branch's published articles, newest first, by branch id. */
export const getArticlesByBranch = oncePerBuild(async (): Promise<ReadonlyMap<string, Article[]>> =>
  groupBy(await getPublishedArticles(), (a) => a.data.branch),
);

/** Maps a tag label to its slug (for links from article pages). */
export const getTagSlugs = oncePerBuild(
  async (): Promise<Map<string, string>> => new Map((await getTags()).map((t) => [t.label, t.slug])),
);

/** Categories in display order with their published articles. */
export const getCategories = oncePerBuild(async () => {
  const byCategory = groupBy(await getPublishedArticles(), (a) => a.data.category);
  return CATEGORIES.map((c) => ({ key: c.value, label: c.label, articles: byCategory.get(c.value) ?? [] }));
});

/**
 * The build's "as of" moment for assessment and activity status: XINHUO_AS_OF when set (tests
 * and reproducible builds), otherwise the time of the build.
 */
export const getAsOf = oncePerBuild(async (): Promise<Date> => resolveAsOf(readConfig().asOf, new Date()));
