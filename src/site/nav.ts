import { CATEGORIES, labelOf } from '../model/collections.ts';
import { routePath, routeTitle, type TitledRoute } from '../lib/urls.ts';

/** A top-level navigation entry. Only sections whose pages exist are listed. */
export interface NavItem {
  label: string;
  /** Site path relative to the base. */
  path: string;
  /** False keeps the item out of the desktop bar (the logo leads home, the footer to 关于我们); menus list it. */
  inBar?: boolean;
}

const section = (name: TitledRoute, inBar?: boolean): NavItem => ({
  label: routeTitle(name),
  path: routePath(name),
  ...(inBar === undefined ? {} : { inBar }),
});
const category = (key: string): NavItem => ({ label: labelOf(CATEGORIES, key), path: routePath('category', { key }) });

/** The main navigation, in display order: labels and paths from the routes and the content model. */
export const MAIN_NAV: readonly NavItem[] = [
  section('home', false),
  category('news'),
  category('theory'),
  category('notice'),
  category('branch-life'),
  section('materials'),
  section('branches'),
  section('activities'),
  section('courses'),
  section('assessment'),
  section('topics'),
  { label: '关于我们', path: routePath('page', { id: 'about' }), inBar: false },
];

/**
 * Whether a nav item is the current section: the home item only on the home page, others when
 * the current path is inside theirs. Both paths are relative to the base.
 */
export function isCurrent(itemPath: string, currentPath: string): boolean {
  const current = currentPath.replace(/^\/+/, '');
  return itemPath === '' ? current === '' : current.startsWith(itemPath);
}
