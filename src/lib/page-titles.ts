/** Reader-facing titles of site paths, for lists of most-read pages (statistics know only paths). */

/** The titles of the site's fixed pages, by path relative to the base. */
export const SECTION_TITLES: Readonly<Record<string, string>> = {
  '': '首页',
  'articles/': '全部文章',
  'materials/': '学习资料',
  'branches/': '党支部',
  'tags/': '标签',
  'search/': '搜索',
  'activities/': '组织生活',
  'activities/calendar/': '活动日历',
  'courses/': '网上课程',
  'assessment/': '支部考核',
  'topics/': '热点分析',
  'my/': '我的学习',
};

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
