import { describe, expect, it } from 'vitest';
import { parseShanghaiDate } from '../lib/date.ts';
import { searchMeta } from './meta.ts';

describe('searchMeta', () => {
  it('gives the type label from the model, the year, and a Shanghai date as the sort key', () => {
    const date = parseShanghaiDate('2026-01-01 00:30');
    expect(searchMeta({ type: 'articles', category: '党建动态', branch: '机关第一党支部', date })).toEqual({
      filters: [
        ['type', '文章'],
        ['category', '党建动态'],
        ['branch', '机关第一党支部'],
        ['year', '2026'],
      ],
      meta: [
        ['type', '文章'],
        ['category', '党建动态'],
        ['branch', '机关第一党支部'],
        ['date', '2026-01-01'],
      ],
      sort: [['date', '2026-01-01']],
    });
  });

  it('leaves out what a page does not have', () => {
    expect(searchMeta({ type: 'pages' })).toEqual({ filters: [['type', '单页']], meta: [['type', '单页']], sort: [] });
  });
});
