/**
 * Joins the deployment base (`/` or a sub-path such as `/dangjian/`) with a site path.
 * Every internal link goes through this, so the site works at any sub-path.
 * Paths keep their own trailing slash, query and hash: `withBase('/dangjian/', 'tags/x/#top')`.
 */
export function withBase(base: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) {
    throw new Error(`withBase expects a site path, got an absolute URL: ${path}`);
  }
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix.startsWith('/') ? prefix : `/${prefix}`}${path.replace(/^\/+/, '')}`;
}

/** A site path under the configured base. */
export const href = (path: string): string => withBase(import.meta.env.BASE_URL, path);

/** A list path with its page number: page 1 is the list itself, page n is `page/n/`. */
export const pagePath = (listPath: string, page: number): string => (page <= 1 ? listPath : `${listPath}page/${page}/`);

/** Every route of the site, in one place. */
export const routes = {
  home: () => href('/'),
  articles: (page = 1) => href(pagePath('articles/', page)),
  article: (id: string) => href(`articles/${id}/`),
  category: (key: string, page = 1) => href(pagePath(`categories/${key}/`, page)),
  tags: () => href('tags/'),
  tag: (slug: string, page = 1) => href(pagePath(`tags/${slug}/`, page)),
  branches: () => href('branches/'),
  branch: (id: string) => href(`branches/${id}/`),
  materials: () => href('materials/'),
  material: (id: string) => href(`materials/${id}/`),
  page: (id: string) => href(`${id}/`),
  search: () => href('search/'),
  activities: (page = 1) => href(pagePath('activities/', page)),
  activity: (id: string) => href(`activities/${id}/`),
  activityType: (type: string, page = 1) => href(pagePath(`activities/type/${type}/`, page)),
  /** The month calendar; without a month, the current month's page. */
  calendar: (month?: string) => href(month ? `activities/calendar/${month}/` : 'activities/calendar/'),
  activitiesFeed: () => href('activities.ics'),
  branchFeed: (id: string) => href(`branches/${id}.ics`),
  assessment: () => href('assessment/'),
  assessmentBranch: (id: string) => href(`assessment/${id}/`),
  assessmentCsv: (year: number) => href(`assessment/assessment-${year}.csv`),
  courses: () => href('courses/'),
  course: (id: string) => href(`courses/${id}/`),
  lesson: (course: string, id: string) => href(`courses/${course}/${id}/`),
  myLearning: () => href('my/'),
  topics: (period?: string) => href(period ? `topics/${period}/` : 'topics/'),
  zeroResults: () => href('topics/zero-results/'),
  rss: () => href('rss.xml'),
  asset: (path: string) => href(path),
};

/**
 * Each collection's entry page as a Decap `preview_path` template (`{{slug}}` is the entry's file
 * name, `{{fields.x}}` a field), so the CMS's 查看发布 opens the published entry. urls.test.ts
 * checks every template against the route above.
 */
export const ENTRY_PATH_TEMPLATES: Readonly<Record<string, string>> = {
  articles: 'articles/{{slug}}/',
  materials: 'materials/{{slug}}/',
  activities: 'activities/{{slug}}/',
  branches: 'branches/{{slug}}/',
  courses: 'courses/{{slug}}/',
  lessons: 'courses/{{fields.course}}/{{slug}}/',
  pages: '{{slug}}/',
};
