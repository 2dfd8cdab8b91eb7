import { describe, expect, it } from 'vitest';
import { searchAll, verbatimResults, type PagefindApi, type PagefindResult } from './query.ts';

describe('verbatimResults', () => {
  const r = (id: string, from = '') => ({ id, from });
  const ids = (list: { id: string }[]) => list.map((x) => x.id);

  it('keeps the ranked pages that every phrase search found, in ranked order', () => {
    const ranked = [r('a'), r('b'), r('c'), r('d')];
    expect(
      ids(
        verbatimResults(
          ranked,
          [
            [r('d'), r('b'), r('c')],
            [r('c'), r('d')],
          ],
          false,
        ),
      ),
    ).toEqual(['c', 'd']);
  });

  it('returns a page as its phrase search found it (the excerpt around the phrase)', () => {
    expect(verbatimResults([r('a', 'ranked')], [[r('a', 'phrase')]], false)).toEqual([r('a', 'phrase')]);
  });

  it('adds verbatim pages the ranked search missed only when the phrases are the whole query', () => {
    expect(ids(verbatimResults([r('a')], [[r('z'), r('a')]], true))).toEqual(['a', 'z']);
    expect(ids(verbatimResults([r('a')], [[r('z'), r('a')]], false))).toEqual(['a']);
    expect(ids(verbatimResults([r('b'), r('a')], [], false))).toEqual(['b', 'a']);
  });
});

describe('searchAll', () => {
  /** A fake index: each reading of the query finds the pages listed for it. */
  const fake = (found: Record<string, string[]>, byDate: string[] = []) => {
    const calls: { term: string | null; options: unknown }[] = [];
    const result = (id: string): PagefindResult => ({
      id,
      score: 1,
      data: async () => ({ url: id, excerpt: '', meta: {} }),
    });
    const api: PagefindApi = {
      search: async (term, options) => {
        calls.push({ term, options });
        const ids = term === null ? byDate : (found[term] ?? []);
        return { results: ids.map(result), filters: { type: { 文章: ids.length } } };
      },
    };
    return { api, calls };
  };

  it('runs the pairs ranked and as an exact phrase: only verbatim pages, in ranked order', async () => {
    const { api, calls } = fake({ '三会 会一 一课': ['/near/', '/b/', '/a/'], '"三会 会一 一课"': ['/a/', '/b/'] });
    const outcome = await searchAll(api, '三会一课');
    expect(outcome.results.map((x) => x.id)).toEqual(['/b/', '/a/']);
    expect(calls.map((c) => c.term)).toEqual(['三会 会一 一课', '"三会 会一 一课"']);
    expect(outcome.filters).toEqual({ type: { 文章: 2 } });
  });

  it('finds nothing for a phrase no page holds, whatever the ranked search accepts', async () => {
    const { api } = fake({ '火星 星探 探测 测器': ['/fire/'] });
    expect((await searchAll(api, '火星探测器')).results).toEqual([]);
  });

  it('passes the filters to every search', async () => {
    const { api, calls } = fake({ 党员: ['/a/'] });
    await searchAll(api, '党员', { filters: { type: ['学习资料'] } });
    expect(calls).toEqual([
      { term: '党员', options: { filters: { type: ['学习资料'] } } },
      { term: '"党员"', options: { filters: { type: ['学习资料'] } } },
    ]);
  });

  it('orders the union by date when asked, using a filter-only search sorted by date', async () => {
    const { api, calls } = fake(
      { '三会 会一 一课': ['/old/', '/new/'], '"三会 会一 一课"': ['/mid/', '/new/', '/old/'] },
      ['/new/', '/x/', '/mid/', '/old/'],
    );
    const outcome = await searchAll(api, '三会一课', { byDate: true });
    expect(outcome.results.map((x) => x.id)).toEqual(['/new/', '/mid/', '/old/']);
    expect(calls.at(-1)).toEqual({ term: null, options: { sort: { date: 'desc' } } });
  });

  it('browses the filtered pages, newest first, when there are no words', async () => {
    const { api } = fake({}, ['/new/', '/old/']);
    const outcome = await searchAll(api, ' ', { filters: { year: ['2026'] } });
    expect(outcome.results.map((x) => x.id)).toEqual(['/new/', '/old/']);
  });
});
