import { describe, expect, it } from 'vitest';
import { extractSearch, normalizeTerm } from './search-terms.ts';

describe('extractSearch', () => {
  it('decodes percent-encoded Chinese', () => {
    expect(extractSearch('_s?q=%E4%B8%89%E4%BC%9A%E4%B8%80%E8%AF%BE&n=4')).toEqual({ term: '三会一课', zero: false });
  });
  it("reads '+' as a space and collapses spaces", () => {
    expect(extractSearch('_s?q=%E6%8A%80%E8%83%BD%E5%A4%A7%E8%B5%9B++%E4%B8%80%E7%AD%89%E5%A5%96')?.term).toBe(
      '技能大赛 一等奖',
    );
  });
  it('flags zero-result searches', () => {
    expect(extractSearch('_s?n=0&q=AI')).toEqual({ term: 'ai', zero: true });
  });
  it('accepts the path with and without its slash', () => {
    expect(extractSearch('_s/?q=x&n=2')).toEqual({ term: 'x', zero: false });
  });
  it.each(['_s', '_s?q=', '_s?q=+++', '_s?q=%E4%B8', 'search/?q=x', '_sx?q=x'])('ignores %s', (t) =>
    expect(extractSearch(t)).toBeUndefined(),
  );
});

describe('normalizeTerm', () => {
  it('folds width and case', () => expect(normalizeTerm('  ＡＩ  党建 ')).toBe('ai 党建'));
});
