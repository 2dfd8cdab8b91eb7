import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  ENTRY_PATH_TEMPLATES,
  matchRoutes,
  pagePath,
  ROUTES,
  routeDef,
  routePath,
  routes,
  routeTitle,
  sectionCrumb,
  withBase,
  type RouteDef,
} from './urls.ts';
import { COLLECTIONS } from '../model/collections.ts';

describe('withBase', () => {
  it.each([
    ['/', '/', '/'],
    ['/', 'articles/', '/articles/'],
    ['/', '/articles/x/', '/articles/x/'],
    ['/dangjian/', '', '/dangjian/'],
    ['/dangjian/', '/', '/dangjian/'],
    ['/dangjian/', 'articles/x/', '/dangjian/articles/x/'],
    ['/dangjian/', '/tags/san-hui-yi-ke/#top', '/dangjian/tags/san-hui-yi-ke/#top'],
    ['/dangjian', 'rss.xml', '/dangjian/rss.xml'],
    ['dangjian/', 'favicon.svg', '/dangjian/favicon.svg'],
  ])('base %s + %s → %s', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });

  it('refuses absolute URLs, which must not be prefixed', () => {
    expect(() => withBase('/', 'https://example.org/')).toThrow(/absolute URL/);
    expect(() => withBase('/', '//example.org/')).toThrow(/absolute URL/);
  });
});

describe('pagePath', () => {
  it('keeps page 1 at the list URL and puts later pages under page/n/', () => {
    expect(pagePath('articles/', 1)).toBe('articles/');
    expect(pagePath('articles/', 3)).toBe('articles/page/3/');
  });
});

describe('routes', () => {
  it('builds every route under the configured base (/ in tests)', () => {
    expect(routes.article('abc')).toBe('/articles/abc/');
    expect(routes.category('news', 2)).toBe('/categories/news/page/2/');
    expect(routes.tag('dang-shi')).toBe('/tags/dang-shi/');
    expect(routes.activityType('theme-day', 2)).toBe('/activities/type/theme-day/page/2/');
    expect(routes.calendar('2026-11')).toBe('/activities/calendar/2026-11/');
    expect(routes.lesson('c', 'l')).toBe('/courses/c/l/');
    expect(routes.branchFeed('it-faculty')).toBe('/branches/it-faculty.ics');
    expect(routes.rss()).toBe('/rss.xml');
  });
});

describe('routeTitle and sectionCrumb', () => {
  it('name a fixed page by its title in the route table and lead to its first page', () => {
    expect(routeTitle('courses')).toBe('网上课程');
    expect(sectionCrumb('courses')).toEqual({ label: '网上课程', url: routes.courses() });
    expect(sectionCrumb('activities')).toEqual({ label: '组织生活', url: '/activities/' });
  });
});

describe('ENTRY_PATH_TEMPLATES', () => {
  // Filled as Decap fills them ({{slug}}: the file name), they are the entry's route.
  const fill = (template: string) => `/${template.replace('{{slug}}', 'e').replace('{{fields.course}}', 'c')}`;
  it.each([
    ['articles', routes.article('e')],
    ['materials', routes.material('e')],
    ['activities', routes.activity('e')],
    ['branches', routes.branch('e')],
    ['courses', routes.course('e')],
    ['lessons', routes.lesson('c', 'e')],
    ['pages', routes.page('e')],
  ])('%s → %s', (collection, route) => {
    expect(fill(ENTRY_PATH_TEMPLATES[collection]!)).toBe(route);
  });

  it('has a template for every collection', () => {
    expect(Object.keys(ENTRY_PATH_TEMPLATES).sort()).toEqual(COLLECTIONS.map((c) => c.name).sort());
  });
});

describe('matchRoutes', () => {
  it.each([
    ['articles/abc/', 'article', { id: 'abc' }],
    ['categories/news/page/2/', 'category', { key: 'news' }],
    ['courses/c/l/', 'lesson', { course: 'c', id: 'l' }],
    ['branches/it.ics', 'branchFeed', { id: 'it' }],
    ['assessment/assessment-2026.csv', 'assessmentCsv', { year: '2026' }],
    ['', 'home', {}],
  ])('%s is the route %s', (path, name, params) => {
    expect(matchRoutes(path)).toContainEqual({ name, params });
  });

  it('matches nothing that no route has', () => {
    expect(matchRoutes('articles/a/b/')).toEqual([]);
    expect(matchRoutes('search/page/2/')).toEqual([]);
  });

  it('builds each route from its path, and finds it again', () => {
    for (const name of Object.keys(ROUTES) as (keyof typeof ROUTES)[]) {
      const params = Object.fromEntries(Object.keys(routeDef(name).params ?? {}).map((k) => [k, 'x1']));
      expect(matchRoutes(routePath(name, params)).map((m) => m.name)).toContain(name);
    }
  });
});

describe('ROUTES and src/pages', () => {
  /** A page file as a route shape: `categories/[category]/[...page].astro` → `categories/[*]/` (paged). */
  const shapeOfFile = (file: string) => {
    const endpoint = file.endsWith('.ts');
    let path = file.replace(/^src\/pages\//, '').replace(/\.(astro|ts)$/, '');
    const paged = path.endsWith('[...page]');
    path = path.replace(/(^|\/)(index|\[\.\.\.page\])$/, '$1');
    if (!endpoint && path && !path.endsWith('/')) path += '/';
    return `${path.replace(/\[\w+\]/g, '[*]')}${paged ? ' (paged)' : ''}`;
  };
  const shapeOfRoute = (def: RouteDef) => `${def.path.replace(/\[\w+\]/g, '[*]')}${def.paged ? ' (paged)' : ''}`;

  it('has a route for every page and endpoint, and a page for every route', () => {
    const pages = readdirSync('src/pages', { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !/^404\./.test(e.name))
      .map((e) => shapeOfFile(join(e.parentPath, e.name)));
    // The sitemap files are written by @astrojs/sitemap, not by a page.
    const routeShapes = Object.entries(ROUTES)
      .filter(([name]) => !name.startsWith('sitemap'))
      .map(([, def]) => shapeOfRoute(def));
    expect([...pages].sort()).toEqual([...routeShapes].sort());
  });
});
