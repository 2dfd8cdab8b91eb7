/** A top-level navigation entry. Only sections whose pages exist are listed. */
export interface NavItem {
  label: string;
  /** Site path relative to the base. */
  path: string;
  /** False keeps the item out of the desktop bar (the logo leads home, the footer to 关于我们); menus list it. */
  inBar?: boolean;
}

/** The main navigation, in display order. */
export const MAIN_NAV: readonly NavItem[] = [
  { label: '首页', path: '', inBar: false },
  { label: '党建动态', path: 'categories/news/' },
  { label: '理论学习', path: 'categories/theory/' },
  { label: '通知公告', path: 'categories/notice/' },
  { label: '支部风采', path: 'categories/branch-life/' },
  { label: '学习资料', path: 'materials/' },
  { label: '党支部', path: 'branches/' },
  { label: '组织生活', path: 'activities/' },
  { label: '网上课程', path: 'courses/' },
  { label: '支部考核', path: 'assessment/' },
  { label: '热点分析', path: 'topics/' },
  { label: '关于我们', path: 'about/', inBar: false },
];

/**
 * Whether a nav item is the current section: the home item only on the home page, others when
 * the current path is inside theirs. Both paths are relative to the base.
 */
export function isCurrent(itemPath: string, currentPath: string): boolean {
  const current = currentPath.replace(/^\/+/, '');
  return itemPath === '' ? current === '' : current.startsWith(itemPath);
}
