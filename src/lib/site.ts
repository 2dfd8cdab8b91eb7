/**
 * Data access for pages: reads the content collections once through Astro and hands out
 * published, sorted entries. Everything that decides *what* is shown lives in the pure helpers.
 */
import { readConfig } from '../config.ts';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { CATEGORIES } from '../model/collections.ts';
import { assessBranches } from '../activities/assessment.ts';
import { resolveAsOf, shanghaiParts } from './date.ts';
import { readContentHistory } from '../revisions/git-log.ts';
import { renderCalendar } from '../activities/ical.ts';
import { groupBy, isPublished, publishedNewestFirst } from './queries.ts';
import { historyOf } from '../revisions/revisions.ts';
import { uniqueSlugs } from './slug.ts';
import { routes } from './urls.ts';

export type Article = CollectionEntry<'articles'>;
export type Material = CollectionEntry<'materials'>;
export type Branch = CollectionEntry<'branches'>;
export type Activity = CollectionEntry<'activities'>;
export type Course = CollectionEntry<'courses'>;
export type Lesson = CollectionEntry<'lessons'>;

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

/** Activity records a reader may see, newest first. */
export const getPublishedActivities = oncePerBuild(async (): Promise<Activity[]> =>
  publishedNewestFirst(await getCollection('activities')),
);

/** The required frequencies of organizational life. */
export async function getAssessmentRules() {
  const entry = await getEntry('assessment', 'assessment');
  if (!entry) {
    throw new Error('缺少考核规则 src/content/settings/assessment.yml / Missing src/content/settings/assessment.yml');
  }
  return entry.data.rules;
}

/** The day from which the assessment judges periods, if the settings give one. */
export async function getAssessmentStart() {
  return (await getEntry('assessment', 'assessment'))?.data.start;
}

/** Published courses, by title, each with its published lessons in order. */
export const getCourses = oncePerBuild(async (): Promise<{ course: Course; lessons: Lesson[] }[]> => {
  const lessons = groupBy((await getCollection('lessons')).filter(isPublished), (l) => l.data.course);
  return (await getCollection('courses'))
    .filter(isPublished)
    .sort((a, b) => a.data.title.localeCompare(b.data.title, 'zh-CN'))
    .map((course) => ({
      course,
      lessons: [...(lessons.get(course.id) ?? [])].sort((a, b) => a.data.order - b.data.order),
    }));
});

/** An iCalendar file of activities, with absolute links (needs the configured `site`). */
export async function activitiesCalendar(activities: readonly Activity[], name: string, site: URL | undefined) {
  const origin = site ?? new URL('http://localhost/');
  const events = activities.map((a) => ({
    id: a.id,
    title: a.data.title,
    start: a.data.date,
    end: a.data.end,
    location: a.data.location,
    meetingUrl: a.data.meetingUrl,
    description: a.data.summary,
    url: new URL(routes.activity(a.id), origin).href,
  }));
  const stamp = await getAsOf();
  const description = '三会一课和主题党日活动安排（北京时间）';
  const body = renderCalendar(events, { name, description, host: origin.hostname, stamp });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

/** Every branch assessed for the year of the "as of" date. */
export const getAssessment = oncePerBuild(async () => {
  const asOf = await getAsOf();
  const year = shanghaiParts(asOf).year;
  const branches = await getBranches();
  const assessments = assessBranches({
    year,
    asOf,
    start: await getAssessmentStart(),
    rules: await getAssessmentRules(),
    branches: branches.map((b) => ({ id: b.id, founded: b.data.founded })),
    activities: (await getPublishedActivities()).map((a) => ({ id: a.id, ...a.data })),
  });
  return { year, asOf, start: await getAssessmentStart(), branches, assessments };
});

/**
 * Revision history of every content file, from one `git log` pass per build. When there is
 * none (shallow clone, no git), the build says why once and pages omit the section.
 */
export const getContentHistory = oncePerBuild(async () => {
  const history = readContentHistory(process.cwd());
  if (!history.available) console.warn(`[xinhuo] 页面不显示修订历史 / revision history omitted: ${history.reason}`);
  return history;
});

/** The revisions of one entry's file, newest first (empty without history). */
export async function getRevisions(entry: { filePath?: string | undefined }) {
  const history = await getContentHistory();
  return history.available ? historyOf(history.byPath, entry.filePath) : [];
}
