/**
 * Site paths a body links to or shows must exist: a page of the site (`/articles/<id>/`) or a file
 * under public/ (`/uploads/2026/a.jpg`). Checked on every build against the files on disk, also
 * for bodies the content layer did not render again (the target may have gone since).
 */
import { ACTIVITY_TYPES, CATEGORIES } from '../model/collections';
import type { Lookups } from '../model/to-zod';

/** Fixed pages of the site (src/pages without parameters), as paths without slashes. */
const FIXED_PAGES = new Set([
  '',
  'articles',
  'tags',
  'branches',
  'materials',
  'search',
  'activities',
  'activities/calendar',
  'assessment',
  'courses',
  'my',
  'topics',
  'topics/zero-results',
  'admin',
]);

/** Files the build writes besides pages. */
const GENERATED_FILES = /^(rss\.xml|activities\.ics|robots\.txt|sitemap-index\.xml|sitemap-\d+\.xml)$/;

const has = (options: readonly { value: string }[], value: string | undefined) =>
  options.some((o) => o.value === value);

/**
 * Whether a site path (`/articles/x/#part`, base not included) names a page or file of the site.
 * Lists whose pages come from data (tags, months, periods, page numbers) are accepted by shape.
 */
export function sitePathExists(url: string, lookups: Lookups): boolean {
  let path: string;
  try {
    path = decodeURI(url.replace(/[?#].*$/, ''));
  } catch {
    return false;
  }
  if (/\.[a-z0-9]+$/i.test(path)) {
    const file = path.replace(/^\/+/, '');
    const ics = /^branches\/([^/]+)\.ics$/.exec(file);
    if (ics) return lookups.ids('branches').has(ics[1]!);
    return GENERATED_FILES.test(file) || /^assessment\/assessment-\d{4}\.csv$/.test(file) || lookups.mediaExists(path);
  }
  const parts = path
    .split('/')
    .filter(Boolean)
    .join('/')
    .replace(/\/page\/\d+$/, '')
    .split('/');
  const key = parts.join('/');
  if (FIXED_PAGES.has(key)) return true;
  const [first, second, third] = parts;
  switch (parts.length === 1 ? 'page' : first) {
    case 'page':
      return lookups.ids('pages').has(first!);
    case 'articles':
    case 'materials':
    case 'branches':
      return parts.length === 2 && lookups.ids(first!).has(second!);
    case 'activities':
      if (parts.length === 2) return lookups.ids('activities').has(second!);
      if (second === 'type') return parts.length === 3 && has(ACTIVITY_TYPES, third);
      return second === 'calendar' && parts.length === 3 && /^\d{4}-\d{2}$/.test(third!);
    case 'courses':
      if (!lookups.ids('courses').has(second!)) return false;
      return parts.length === 2 || (parts.length === 3 && lookups.ids('lessons').has(third!));
    case 'categories':
      return parts.length === 2 && has(CATEGORIES, second);
    case 'assessment':
      return parts.length === 2 && lookups.ids('branches').has(second!);
    case 'tags':
    case 'topics':
      return parts.length === 2;
    default:
      return false;
  }
}
