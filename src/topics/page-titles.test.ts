import { describe, expect, it } from 'vitest';
import { SECTION_TITLES, titleOfPath } from './page-titles.ts';

const TITLES = new Map([...Object.entries(SECTION_TITLES), ['categories/news/', '党建动态']]);

describe('titleOfPath', () => {
  it.each<[string, string | undefined]>([
    ['', '首页'],
    ['branches/', '党支部'],
    ['categories/news/', '党建动态'],
    ['categories/news/page/3/', '党建动态（第 3 页）'],
    ['articles/page/2/', '全部文章（第 2 页）'],
    ['articles/deleted-article/', undefined],
    ['nowhere/page/2/', undefined],
  ])('%j → %j', (path, title) => expect(titleOfPath(path, TITLES)).toBe(title));
});
