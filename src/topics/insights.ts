/**
 * Data for the hot-topics features, computed once per build: keyword analysis of the content
 * (jieba with the editors' domain dictionary) and the reader statistics in src/data/stats.json.
 */
import { quarterKey, quarterOf } from '../lib/date.ts';
import { routePath } from '../lib/urls.ts';
import { getCollection, getEntry } from 'astro:content';
import { NO_STATS, latestMonths, periodStats, popularSearches } from './stats/report.ts';
import { validateStats, type Stats } from './stats/schema.ts';
import { COUNTING_CODE, countsCache } from './counts-cache.ts';
import { analyzeTopics, countKeywords, htmlToText, recentMonths, type TopicsAnalysis } from './keywords.ts';
import { createSegmenter } from './segmenter.ts';
import { BUILD_CACHE_DIR } from '../lib/files.ts';
import { sourceDigest } from '../lib/source-digest.ts';
import { STOP_WORDS } from './stop-words.ts';
import { SECTION_TITLES } from './page-titles.ts';
import { getBranches, oncePerBuild } from '../site/data.ts';
import {
  getCategories,
  getPublishedArticles,
  getPublishedMaterials,
  getTags,
  type Article,
  type Material,
} from '../articles/data.ts';
import { getCourses } from '../courses/data.ts';
import { getPublishedActivities } from '../activities/data.ts';

/** Months that count as "recent" for 热门文章 and 热门搜索. */
export const RECENT_MONTHS = 3;

/** The editors' domain dictionary and stop words (settings/topics.yml). */
export async function getTopicsSettings() {
  const entry = await getEntry('topics', 'topics');
  return entry?.data ?? { terms: [], stopWords: [] };
}

/** Keyword analysis of every published article and material. */
export const getTopics = oncePerBuild(async (): Promise<TopicsAnalysis> => {
  const settings = await getTopicsSettings();
  const entries = [...(await getPublishedArticles()), ...(await getPublishedMaterials())];
  const docs = entries.map((e) => ({
    date: e.data.date,
    text: `${e.data.title}\n${e.data.summary ?? ''}\n${htmlToText(e.rendered?.html ?? '')}`,
    category: 'category' in e.data ? e.data.category : undefined,
    tags: e.data.tags,
  }));
  const segment = await createSegmenter(settings.terms);
  const stopWords = [...STOP_WORDS, ...settings.stopWords];
  const stops = new Set(stopWords);
  const count = (text: string) => countKeywords(text, segment, stops);
  if (import.meta.env.DEV) return analyzeTopics(docs, { segment, stopWords, domainTerms: settings.terms });
  // Counts are kept between builds (what decides them is the salt: the settings and the counting
  // code with all it imports), so a rebuild segments only changed texts.
  const code = sourceDigest(COUNTING_CODE) ?? `unversioned-${Date.now()}`;
  const salt = JSON.stringify([settings.terms, stopWords, code]);
  const cache = countsCache(TOPIC_COUNTS_FILE, salt, count);
  const analysis = analyzeTopics(docs, { segment, stopWords, domainTerms: settings.terms, counts: cache.counts });
  cache.save();
  return analysis;
});

/** Each text's keyword counts, kept between builds. */
const TOPIC_COUNTS_FILE = `${BUILD_CACHE_DIR}xinhuo-topic-counts.json`;

const STATS_FILE = 'src/data/stats.json';
const statsFiles = import.meta.glob<unknown>('../data/stats.json', { eager: true, import: 'default' });

/** Reader statistics from the access logs (empty until IT runs `npm run stats`). */
export const getStats = oncePerBuild(async (): Promise<Stats> => {
  const data = Object.values(statsFiles)[0];
  return data === undefined ? NO_STATS : validateStats(data, STATS_FILE);
});

/** The most-read articles and materials of the recent months, with their views. */
export const getPopularEntries = oncePerBuild(async (): Promise<{ entry: Article | Material; views: number }[]> => {
  const stats = await getStats();
  const byPath = new Map<string, Article | Material>([
    ...(await getPublishedArticles()).map((a) => [`articles/${a.id}/`, a] as const),
    ...(await getPublishedMaterials()).map((m) => [`materials/${m.id}/`, m] as const),
  ]);
  return periodStats(stats, latestMonths(stats, RECENT_MONTHS))
    .pages.filter((p) => byPath.has(p.path))
    .map((p) => ({ entry: byPath.get(p.path)!, views: p.views }));
});

/** Recent searches that found something, most frequent first (suggestions in the search dialog). */
export const getPopularSearches = oncePerBuild(async (): Promise<string[]> => {
  const stats = await getStats();
  return popularSearches(periodStats(stats, latestMonths(stats, RECENT_MONTHS)), 8);
});

/** How far back the period reports go: the months of the keyword trend. */
const PERIOD_MONTHS = 12;

/** Every month and quarter of the last PERIOD_MONTHS with content or reader statistics, newest first. */
export const getPeriods = oncePerBuild(async (): Promise<{ months: string[]; quarters: string[] }> => {
  const topics = await getTopics();
  const stats = await getStats();
  const months = new Set(
    recentMonths([...topics.months.map((m) => m.key), ...stats.months.map((m) => m.month)], PERIOD_MONTHS),
  );
  const quarters = new Set([...months].map((m) => quarterKey(Number(m.slice(0, 4)), quarterOf(Number(m.slice(5, 7))))));
  const desc = (set: Set<string>) => [...set].sort().reverse();
  return { months: desc(months), quarters: desc(quarters) };
});

/** Title of every site path (relative to the base) a reader may have read, for lists of most-read pages. */
export const getPageTitles = oncePerBuild(async (): Promise<Map<string, string>> => {
  const articles = await getPublishedArticles();
  const materials = await getPublishedMaterials();
  const pages = await getCollection('pages');
  return new Map([
    ...Object.entries(SECTION_TITLES),
    ...(await getCategories()).map((c) => [routePath('category', { key: c.key }), c.label] as const),
    ...(await getTags()).map((t) => [routePath('tag', { slug: t.slug }), `标签：${t.label}`] as const),
    ...(await getBranches()).map((b) => [routePath('branch', { id: b.id }), b.data.name] as const),
    ...(await getCourses()).flatMap(({ course, lessons }) => [
      [routePath('course', { id: course.id }), course.data.title] as const,
      ...lessons.map((l) => [routePath('lesson', { course: course.id, id: l.id }), l.data.title] as const),
    ]),
    ...(await getPublishedActivities()).map((a) => [routePath('activity', { id: a.id }), a.data.title] as const),
    ...pages.map((p) => [routePath('page', { id: p.id }), p.data.title] as const),
    ...articles.map((a) => [routePath('article', { id: a.id }), a.data.title] as const),
    ...materials.map((m) => [routePath('material', { id: m.id }), m.data.title] as const),
  ]);
});
