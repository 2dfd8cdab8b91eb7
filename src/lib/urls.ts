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

/**
 * What a route's parameter must name for a link to it to exist: an entry of a collection, a
 * category or activity type of the model, a month (`2026-11`), a year, a number, or anything of the right
 * shape (tags and periods, whose pages come from data). references.ts checks body links with it.
 */
export type ParamKind =
  | 'articles'
  | 'materials'
  | 'branches'
  | 'activities'
  | 'courses'
  | 'lessons'
  | 'pages'
  | 'category'
  | 'activityType'
  | 'month'
  | 'year'
  | 'number'
  | 'any';

export interface RouteDef {
  /** The path below the base, parameters in brackets: `articles/[id]/`. */
  path: string;
  params?: Readonly<Record<string, ParamKind>>;
  /** A list with later pages under `page/n/`. */
  paged?: boolean;
  /** The page's title, for fixed pages (navigation, lists of most-read pages). */
  title?: string;
  /** Kept out of the sitemap (pages for editors only). */
  noindex?: boolean;
}

/**
 * The site's routes, in one place: the src/pages tree as data. Links (`routes` below), the CMS's
 * 查看发布 templates, body-link checks (src/body/references.ts), the navigation, page titles and
 * the sitemap filter all derive from it; urls.test.ts checks it against src/pages.
 */
export const ROUTES = {
  home: { path: '', title: '首页' },
  articles: { path: 'articles/', paged: true, title: '全部文章' },
  article: { path: 'articles/[id]/', params: { id: 'articles' } },
  category: { path: 'categories/[key]/', params: { key: 'category' }, paged: true },
  tags: { path: 'tags/', title: '标签' },
  tag: { path: 'tags/[slug]/', params: { slug: 'any' }, paged: true },
  branches: { path: 'branches/', title: '党支部' },
  branch: { path: 'branches/[id]/', params: { id: 'branches' } },
  branchFeed: { path: 'branches/[id].ics', params: { id: 'branches' } },
  materials: { path: 'materials/', title: '学习资料' },
  material: { path: 'materials/[id]/', params: { id: 'materials' } },
  page: { path: '[id]/', params: { id: 'pages' } },
  search: { path: 'search/', title: '搜索' },
  activities: { path: 'activities/', paged: true, title: '组织生活' },
  activity: { path: 'activities/[id]/', params: { id: 'activities' } },
  activityType: { path: 'activities/type/[type]/', params: { type: 'activityType' }, paged: true },
  calendar: { path: 'activities/calendar/', title: '活动日历' },
  calendarMonth: { path: 'activities/calendar/[month]/', params: { month: 'month' } },
  activitiesFeed: { path: 'activities.ics' },
  assessment: { path: 'assessment/', title: '支部考核' },
  assessmentBranch: { path: 'assessment/[id]/', params: { id: 'branches' } },
  assessmentCsv: { path: 'assessment/assessment-[year].csv', params: { year: 'year' } },
  courses: { path: 'courses/', title: '网上课程' },
  course: { path: 'courses/[id]/', params: { id: 'courses' } },
  lesson: { path: 'courses/[course]/[id]/', params: { course: 'courses', id: 'lessons' } },
  myLearning: { path: 'my/', title: '我的学习' },
  topics: { path: 'topics/', title: '热点分析' },
  topicsPeriod: { path: 'topics/[period]/', params: { period: 'any' } },
  zeroResults: { path: 'topics/zero-results/', noindex: true },
  admin: { path: 'admin/', noindex: true },
  rss: { path: 'rss.xml' },
  robots: { path: 'robots.txt' },
  sitemapIndex: { path: 'sitemap-index.xml' },
  sitemap: { path: 'sitemap-[n].xml', params: { n: 'number' } },
} as const satisfies Record<string, RouteDef>;

export type RouteName = keyof typeof ROUTES;

/** A route's definition, by name. */
export const routeDef = (name: RouteName): RouteDef => ROUTES[name];

/** A route's path below the base, parameters filled in (and page n of a list). */
export function routePath(name: RouteName, params: Record<string, string | number> = {}, page = 1): string {
  const def: RouteDef = ROUTES[name];
  const path = def.path.replace(/\[(\w+)\]/g, (_, key: string) => {
    if (params[key] === undefined) throw new Error(`route ${name} needs ${key}`);
    return String(params[key]);
  });
  return def.paged ? pagePath(path, page) : path;
}

/** A route's link: its path under the configured base. */
const link = (name: RouteName, params?: Record<string, string | number>, page?: number) =>
  href(routePath(name, params, page));

/** Every route's link builder. */
export const routes = {
  home: () => link('home'),
  articles: (page = 1) => link('articles', {}, page),
  article: (id: string) => link('article', { id }),
  category: (key: string, page = 1) => link('category', { key }, page),
  tags: () => link('tags'),
  tag: (slug: string, page = 1) => link('tag', { slug }, page),
  branches: () => link('branches'),
  branch: (id: string) => link('branch', { id }),
  materials: () => link('materials'),
  material: (id: string) => link('material', { id }),
  page: (id: string) => link('page', { id }),
  search: () => link('search'),
  activities: (page = 1) => link('activities', {}, page),
  activity: (id: string) => link('activity', { id }),
  activityType: (type: string, page = 1) => link('activityType', { type }, page),
  /** The month calendar; without a month, the current month's page. */
  calendar: (month?: string) => (month ? link('calendarMonth', { month }) : link('calendar')),
  activitiesFeed: () => link('activitiesFeed'),
  branchFeed: (id: string) => link('branchFeed', { id }),
  assessment: () => link('assessment'),
  assessmentBranch: (id: string) => link('assessmentBranch', { id }),
  assessmentCsv: (year: number) => link('assessmentCsv', { year }),
  courses: () => link('courses'),
  course: (id: string) => link('course', { id }),
  lesson: (course: string, id: string) => link('lesson', { course, id }),
  myLearning: () => link('myLearning'),
  topics: (period?: string) => (period ? link('topicsPeriod', { period }) : link('topics')),
  zeroResults: () => link('zeroResults'),
  rss: () => link('rss'),
  asset: (path: string) => href(path),
};

/** The routes of fixed pages, which have a title of their own. */
export type TitledRoute = { [K in RouteName]: (typeof ROUTES)[K] extends { title: string } ? K : never }[RouteName];

/** A fixed page's title, from the route table: its heading, its breadcrumb, its navigation label. */
export const routeTitle = (name: TitledRoute): string => ROUTES[name].title;

/** A breadcrumb leading to a fixed page: its title and its link. */
export const sectionCrumb = (name: TitledRoute): { label: string; url: string } => ({
  label: routeTitle(name),
  url: link(name),
});

/** A site path (base removed, no query or hash) matched against the routes: each match with its parameters. */
export function matchRoutes(path: string): { name: RouteName; params: Record<string, string> }[] {
  const matches: { name: RouteName; params: Record<string, string> }[] = [];
  const clean = path.replace(/^\/+/, '');
  for (const [name, def] of Object.entries(ROUTES) as [RouteName, RouteDef][]) {
    const keys: string[] = [];
    // The path split at its parameters: text (escaped) and names (one path segment each), in turn.
    const pattern = def.path
      .split(/\[(\w+)\]/)
      .map((part, i) => (i % 2 ? (keys.push(part), '([^/]+)') : part.replace(/[.*+?^${}()|\\]/g, '\\$&')))
      .join('');
    const paged = def.paged ? '(?:page/\\d+/)?' : '';
    const found = new RegExp(`^${pattern}${paged}$`).exec(clean);
    if (found) matches.push({ name, params: Object.fromEntries(keys.map((k, i) => [k, found[i + 1]!])) });
  }
  return matches;
}

/**
 * Each collection's entry page as a Decap `preview_path` template (`{{slug}}` is the entry's file
 * name, `{{fields.x}}` a field), so the CMS's 查看发布 opens the published entry. urls.test.ts
 * checks every template against the route above.
 */
export const ENTRY_PATH_TEMPLATES: Readonly<Record<string, string>> = Object.fromEntries(
  (
    [
      ['articles', 'article'],
      ['materials', 'material'],
      ['activities', 'activity'],
      ['branches', 'branch'],
      ['courses', 'course'],
      ['lessons', 'lesson'],
      ['pages', 'page'],
    ] as const
  ).map(([collection, route]) => [collection, routePath(route, { id: '{{slug}}', course: '{{fields.course}}' })]),
);
