/**
 * The articles' and study materials' data, read once per build: the published ones newest first,
 * their tags (with URL slugs) and categories, and each branch's articles.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { CATEGORIES } from '../model/collections.ts';
import { groupBy, publishedNewestFirst } from '../lib/queries.ts';
import { uniqueSlugs } from '../lib/slug.ts';
import { oncePerBuild } from '../site/data.ts';

export type Article = CollectionEntry<'articles'>;
export type Material = CollectionEntry<'materials'>;

/** Articles a reader may see, newest first. */
export const getPublishedArticles = oncePerBuild(async (): Promise<Article[]> =>
  publishedNewestFirst(await getCollection('articles')),
);

/** Study materials a reader may see, newest first. */
export const getPublishedMaterials = oncePerBuild(async (): Promise<Material[]> =>
  publishedNewestFirst(await getCollection('materials')),
);

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
