import { describe, expect, it } from 'vitest';
import { groupBy, neighbours, pageRoutes, paginate, publishedNewestFirst, sortByDateDesc } from './queries';

const entry = (id: string, date: string, extra: { draft?: boolean } = {}) => ({
  id,
  data: { date: new Date(date), ...extra },
});

describe('sorting and drafts', () => {
  it('sorts newest first, ties by id', () => {
    const sorted = sortByDateDesc([entry('b', '2026-01-01'), entry('c', '2026-03-01'), entry('a', '2026-01-01')]);
    expect(sorted.map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });

  it('hides drafts from published lists', () => {
    const list = publishedNewestFirst([entry('a', '2026-01-01'), entry('d', '2026-05-01', { draft: true })]);
    expect(list.map((e) => e.id)).toEqual(['a']);
  });
});

describe('paginate', () => {
  it('splits into pages with 1-based numbers and a total', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => [p.current, p.total])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('has one empty page for an empty list', () => {
    expect(paginate([], 10)).toEqual([{ items: [], current: 1, total: 1 }]);
  });

  it('rejects a page size that is not a positive integer', () => {
    expect(() => paginate([1], 0)).toThrow(RangeError);
  });

  it('routes page 1 to the list URL and page n to page/n', () => {
    const routes = pageRoutes([1, 2, 3], { tag: 'x' }, 2);
    expect(routes.map((r) => r.params)).toEqual([
      { tag: 'x', page: undefined },
      { tag: 'x', page: 'page/2' },
    ]);
  });
});

describe('groupBy and neighbours', () => {
  it('groups by one or many keys', () => {
    const groups = groupBy(
      [
        { id: 'a', tags: ['x', 'y'] },
        { id: 'b', tags: ['y'] },
      ],
      (e) => e.tags,
    );
    expect(groups.get('y')?.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('finds the newer and older neighbour', () => {
    const list = [{ id: 'new' }, { id: 'mid' }, { id: 'old' }];
    expect(neighbours(list, 'mid')).toEqual({ newer: { id: 'new' }, older: { id: 'old' } });
    expect(neighbours(list, 'new')).toEqual({ newer: undefined, older: { id: 'mid' } });
    expect(neighbours(list, 'none')).toEqual({});
  });
});
