import { describe, expect, it } from 'vitest';
import { fuseRankings, queryVariants, searchAll, type PagefindApi, type PagefindResult } from './query';

describe('queryVariants', () => {
  it('splits Han runs of three or more characters into pairs from the first and the second character', () => {
    expect(queryVariants('三会一课')).toEqual(['三会 一课', '三会一课', '三 会一 课']);
    expect(queryVariants('党史学习教育')).toEqual(['党史 学习 教育', '党史学习教育', '党 史学 习教 育']);
  });

  it('leaves short words, Latin words and numbers as typed, and collapses white space', () => {
    expect(queryVariants('  党校   结业 ')).toEqual(['党校 结业']);
    expect(queryVariants('PLC 2026')).toEqual(['PLC 2026']);
    expect(queryVariants('105周年')).toEqual(['105周年']);
    expect(queryVariants('   ')).toEqual([]);
  });

  it('splits each run of a mixed query on its own', () => {
    expect(queryVariants('AI视觉识别')).toEqual(['AI视觉 识别', 'AI视觉识别', 'AI视 觉识 别']);
  });
});

describe('fuseRankings', () => {
  const r = (id: string, from = '') => ({ id, from });

  it('puts an id found high by any list, or by several lists, first', () => {
    const fused = fuseRankings([[r('a'), r('b'), r('c')], [r('c'), r('d')], [r('c')]]);
    expect(fused.map((x) => x.id)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('keeps the item of the list that ranked the id best, earlier lists winning ties', () => {
    const fused = fuseRankings([
      [r('a', 'first'), r('b', 'first')],
      [r('b', 'second'), r('a', 'second')],
    ]);
    expect(Object.fromEntries(fused.map((x) => [x.id, x.from]))).toEqual({ a: 'first', b: 'second' });
  });

  it('returns nothing for nothing', () => {
    expect(fuseRankings([[], []])).toEqual([]);
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

  it('finds a page that only one reading of the query finds (the jieba/ICU disagreement)', async () => {
    const { api, calls } = fake({ '三会 一课': ['/a/', '/b/'], 三会一课: ['/a/'] });
    const outcome = await searchAll(api, '三会一课');
    expect(outcome.results.map((x) => x.id)).toEqual(['/a/', '/b/']);
    expect(calls.map((c) => c.term)).toEqual(['三会 一课', '三会一课', '三 会一 课']);
    expect(outcome.filters).toEqual({ type: { 文章: 2 } });
  });

  it('passes the filters to every reading', async () => {
    const { api, calls } = fake({ 党员: ['/a/'] });
    await searchAll(api, '党员', { filters: { type: ['学习资料'] } });
    expect(calls).toEqual([{ term: '党员', options: { filters: { type: ['学习资料'] } } }]);
  });

  it('orders the union by date when asked, using a filter-only search sorted by date', async () => {
    const { api, calls } = fake({ '三会 一课': ['/old/', '/new/'], 三会一课: ['/mid/'] }, [
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
