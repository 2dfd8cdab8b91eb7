/**
 * Site paths a body links to or shows must exist: a page of the site (`/articles/<id>/`) or a file
 * under public/ (`/uploads/2026/a.jpg`). Checked on every build against the files on disk, also
 * for bodies the content layer did not render again (the target may have gone since).
 */
import { ACTIVITY_TYPES, CATEGORIES } from '../model/collections.ts';
import type { Lookups } from '../model/to-zod.ts';
import { matchRoutes, routeDef, type ParamKind, type RouteName } from '../lib/urls.ts';

const has = (options: readonly { value: string }[], value: string | undefined) =>
  options.some((o) => o.value === value);

/**
 * Whether a site path (`/articles/x/#part`, base not included) names a page or file of the site.
 * Lists whose pages come from data (tags, months, periods, page numbers) are accepted by shape.
 */
export function sitePathExists(url: string, lookups: Lookups): boolean {
  let path: string;
  try {
    path = decodeURI(url.replace(/[?#].*$/, '')).replace(/^\/+/, '');
  } catch {
    return false;
  }
  const isFile = /\.[a-z0-9]+$/i.test(path);
  // A page may be written without its closing slash (`/articles/x`), as a browser would follow it.
  const routed = matchRoutes(isFile || path === '' || path.endsWith('/') ? path : `${path}/`);
  const holds = (kind: ParamKind, value: string): boolean => {
    switch (kind) {
      case 'category':
        return has(CATEGORIES, value);
      case 'activityType':
        return has(ACTIVITY_TYPES, value);
      case 'month':
        return /^\d{4}-\d{2}$/.test(value);
      case 'year':
        return /^\d{4}$/.test(value);
      case 'number':
        return /^\d+$/.test(value);
      case 'any':
        return true;
      default:
        return lookups.ids(kind).has(value);
    }
  };
  const params = (name: RouteName): Readonly<Record<string, ParamKind>> => routeDef(name).params ?? {};
  if (
    routed.some(({ name, params: values }) =>
      Object.entries(params(name)).every(([k, kind]) => holds(kind, values[k]!)),
    )
  )
    return true;
  return isFile && lookups.mediaExists(`/${path}`);
}
