/**
 * Data access for pages: reads the content collections once through Astro and hands out
 * published, sorted entries. Everything that decides *what* is shown lives in the pure helpers.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { CATEGORIES } from '../model/collections';
import { groupBy, publishedNewestFirst } from './queries';
import { uniqueSlugs } from './slug';

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

/** Maps a tag label to its slug (for links from article pages). */
export const getTagSlugs = oncePerBuild(
  async (): Promise<Map<string, string>> => new Map((await getTags()).map((t) => [t.label, t.slug])),
);

/** Categories in display order with their published articles. */
export const getCategories = oncePerBuild(async () => {
  const byCategory = groupBy(await getPublishedArticles(), (a) => a.data.category);
  return CATEGORIES.map((c) => ({ key: c.value, label: c.label, articles: byCategory.get(c.value) ?? [] }));
});
