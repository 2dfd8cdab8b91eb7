import { describe, expect, it } from 'vitest';
import type { Lookups } from '../model/to-zod.ts';
import { sitePathExists } from './references.ts';

const IDS: Record<string, string[]> = {
  articles: ['a-1'],
  materials: ['m-1'],
  branches: ['it-faculty'],
  activities: ['act-1'],
  courses: ['c-1'],
  lessons: ['l-1'],
  pages: ['about'],
};
const lookups: Lookups = {
  ids: (collection) => new Set(IDS[collection] ?? []),
  mediaExists: (path) => path === '/uploads/a.pdf',
};

describe('site paths in bodies', () => {
  it.each([
    '/',
    '/articles/',
    '/articles/page/3/',
    '/articles/a-1/',
    '/articles/a-1',
    '/articles/a-1/#第二部分',
    '/materials/m-1/',
    '/branches/it-faculty/',
    '/branches/it-faculty.ics',
    '/activities/act-1/',
    '/activities/type/theme-day/',
    '/activities/calendar/2026-11/',
    '/courses/c-1/',
    '/courses/c-1/l-1/',
    '/categories/news/page/2/',
    '/tags/san-hui-yi-ke/',
    '/assessment/it-faculty/',
    '/about/',
    '/search/?q=党课',
    '/uploads/a.pdf',
    '/rss.xml',
  ])('%s exists', (path) => expect(sitePathExists(path, lookups)).toBe(true));

  it.each([
    '/articles/no-such-article/',
    '/articles/a-1/extra/',
    '/materials/a-1/',
    '/courses/c-1/no-lesson/',
    '/courses/no-course/l-1/',
    '/categories/sports/',
    '/activities/type/party/',
    '/no-such-page/',
    '/uploads/missing.pdf',
    '/branches/nobody.ics',
    '/%E0%A4%A/',
  ])('%s does not', (path) => expect(sitePathExists(path, lookups)).toBe(false));
});
