import { describe, expect, it } from 'vitest';
import {
  groupBy,
  pageRoutes,
  paginate,
  publishedNewestFirst,
  relatedByTagsAll,
  sortByDateDesc,
  withNeighbours,
} from './queries.ts';

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

describe('groupBy and withNeighbours', () => {
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

  it('pairs each entry with its newer and older neighbour', () => {
    const list = [{ id: 'new' }, { id: 'mid' }, { id: 'old' }];
    expect(withNeighbours(list)).toEqual([
      { entry: { id: 'new' }, newer: undefined, older: { id: 'mid' } },
      { entry: { id: 'mid' }, newer: { id: 'new' }, older: { id: 'old' } },
      { entry: { id: 'old' }, newer: { id: 'mid' }, older: undefined },
    ]);
  });
});

describe('relatedByTagsAll', () => {
  const tagged = (id: string, date: string, tags: string[]) => ({ id, data: { date: new Date(date), tags } });
  const self = tagged('self', '2026-05-01', ['三会一课', '主题党日']);
  const list = sortByDateDesc([
    self,
    tagged('one-old', '2025-01-01', ['三会一课']),
    tagged('two', '2024-01-01', ['三会一课', '主题党日']),
    tagged('one-new', '2026-01-01', ['主题党日', '志愿服务']),
    tagged('none', '2026-06-01', ['志愿服务']),
  ]);

  it('ranks by shared tags, then newest, without the entry itself or unrelated ones', () => {
    expect(
      relatedByTagsAll(list)
        .get('self')!
        .map((e) => e.id),
    ).toEqual(['two', 'one-new', 'one-old']);
  });

  it('keeps to the limit', () => {
    expect(
      relatedByTagsAll(list, 1)
        .get('self')!
        .map((e) => e.id),
    ).toEqual(['two']);
  });

  it('agrees with a plain sort of all candidates on a large list, ties included', () => {
    // A seeded generator: many shared tags, repeated dates (ties), a duplicated tag on one entry.
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const tags = ['甲', '乙', '丙', '丁', '戊', '己'];
    const list = Array.from({ length: 300 }, (_, i) => ({
      id: `e${i}`,
      data: {
        date: new Date(Date.UTC(2026, 0, 1 + Math.floor(random() * 40))),
        tags: tags.filter(() => random() < 0.35).concat(i === 5 ? ['甲', '甲'] : []),
      },
    }));
    const sorted = sortByDateDesc(list);
    const all = relatedByTagsAll(sorted);
    const byTag = groupBy(sorted, (e) => e.data.tags);
    // The plain reading of the rule: count shared tags in first-met order, then a stable sort.
    const naive = (entry: (typeof sorted)[number]) => {
      const shared = new Map<(typeof sorted)[number], number>();
      for (const tag of new Set(entry.data.tags))
        for (const other of byTag.get(tag) ?? []) if (other !== entry) shared.set(other, (shared.get(other) ?? 0) + 1);
      return [...shared]
        .sort(([a, ca], [b, cb]) => cb - ca || b.data.date.getTime() - a.data.date.getTime())
        .slice(0, 4)
        .map(([e]) => e.id);
    };
    for (const entry of sorted)
      expect(
        all.get(entry.id)!.map((e) => e.id),
        entry.id,
      ).toEqual(naive(entry));
    expect([...all.values()].some((r) => r.length === 4)).toBe(true);
  });
});
