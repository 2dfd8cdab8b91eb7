import { describe, expect, it } from 'vitest';
import { phrasesFirst, searchAll, type PagefindApi, type PagefindResult } from './query';

describe('phrasesFirst', () => {
  const r = (id: string) => ({ id });
  const ids = (list: { id: string }[]) => list.map((x) => x.id);

  it('puts pages holding every phrase first, keeping the ranked order inside each group', () => {
    const ranked = [r('a'), r('b'), r('c'), r('d')];
    expect(
      ids(
        phrasesFirst(ranked, [
          [r('c'), r('d')],
          [r('d'), r('b')],
        ]),
      ),
    ).toEqual(['d', 'b', 'c', 'a']);
  });

  it('returns a page as its phrase search found it (the excerpt around the phrase)', () => {
    const found = phrasesFirst([{ id: 'a', from: 'ranked' }], [[{ id: 'a', from: 'phrase' }]]);
    expect(found).toEqual([{ id: 'a', from: 'phrase' }]);
  });

  it('adds pages only a phrase search found, and changes nothing without phrases', () => {
    expect(ids(phrasesFirst([r('a')], [[r('z'), r('a')]]))).toEqual(['a', 'z']);
    expect(ids(phrasesFirst([r('b'), r('a')], []))).toEqual(['b', 'a']);
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

  it('runs the pairs ranked and as an exact phrase, verbatim pages first, the loose reading last', async () => {
    const { api, calls } = fake({
      '三会 会一 一课': ['/near/', '/a/', '/b/'],
      '"三会 会一 一课"': ['/a/', '/b/'],
      '三会 一课': ['/apart/', '/a/'],
    });
    const outcome = await searchAll(api, '三会一课');
    expect(outcome.results.map((x) => x.id)).toEqual(['/a/', '/b/', '/near/', '/apart/']);
    expect(calls.map((c) => c.term)).toEqual(['三会 会一 一课', '三会 一课', '"三会 会一 一课"']);
    expect(outcome.filters).toEqual({ type: { 文章: 3 } });
  });

  it('passes the filters to every search', async () => {
    const { api, calls } = fake({ 党员: ['/a/'] });
    await searchAll(api, '党员', { filters: { type: ['学习资料'] } });
    expect(calls).toEqual([{ term: '党员', options: { filters: { type: ['学习资料'] } } }]);
  });

  it('orders the union by date when asked, using a filter-only search sorted by date', async () => {
    const { api, calls } = fake({ '三会 会一 一课': ['/old/', '/new/'], '"三会 会一 一课"': ['/mid/'] }, [
      '/new/',
      '/x/',
      '/mid/',
      '/old/',
    ]);
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
