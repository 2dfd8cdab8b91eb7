/** Reader-facing titles of site paths, for lists of most-read pages (statistics know only paths). */
import { ROUTES, type RouteDef } from '../lib/urls.ts';

/** The titles of the site's fixed pages, by path relative to the base (from the route table). */
export const SECTION_TITLES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(ROUTES as Record<string, RouteDef>).flatMap((def) => (def.title ? [[def.path, def.title]] : [])),
);

/**
 * The title of a path: from `titles` (every entry and section), a paginated list as its list with
 * the page number; undefined when the site has no such page (a deleted article, say).
 */
export function titleOfPath(path: string, titles: ReadonlyMap<string, string>): string | undefined {
  const known = titles.get(path);
  if (known !== undefined) return known;
  const paged = /^(.*?)page\/(\d+)\/$/.exec(path);
  const list = paged && titles.get(paged[1] ?? '');
  return list ? `${list}（第 ${paged[2]} 页）` : undefined;
}
