import { describe, expect, it } from 'vitest';
import { analyzeTopics, htmlToText, keywordTokens, monthRange, recentMonths, type TopicDoc } from './keywords.ts';
import { periodKey, periodLabel, previousPeriod } from '../lib/date.ts';
import { intlSegmenter } from './segmenter.ts';

const bySpace = (text: string) => text.split(/\s+/);
const doc = (date: string, text: string, category = 'news', tags: string[] = []): TopicDoc => ({
  date: new Date(`${date}T00:00:00+08:00`),
  text,
  category,
  tags,
});

describe('periods', () => {
  it('uses Beijing time', () => {
    expect(periodKey(new Date('2026-09-30T17:00:00Z'), 'month')).toBe('2026-10');
    expect(periodKey(new Date('2026-09-30T17:00:00Z'), 'quarter')).toBe('2026-q4');
  });
  it('steps back over year ends', () => {
    expect(previousPeriod('2026-01')).toBe('2025-12');
    expect(previousPeriod('2026-q1')).toBe('2025-q4');
    expect(previousPeriod('2026-q3')).toBe('2026-q2');
  });
  it('labels periods in Chinese', () => {
    expect(periodLabel('2026-q4')).toBe('2026年第四季度');
    expect(periodLabel('2026-03')).toBe('2026年3月');
  });
  it('lists months across a year end', () =>
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']));
});

describe('keywordTokens', () => {
  it('drops stop words, single characters, numbers and punctuation', () => {
    const tokens = keywordTokens('我们 开展 三会一课 的 2026 ， PLC 党建', bySpace, new Set(['我们', '开展']));
    expect(tokens).toEqual(['三会一课', 'PLC', '党建']);
  });
  it('keeps domain terms whole through the Intl fallback', () => {
    const tokens = keywordTokens('认真落实三会一课制度', intlSegmenter(['三会一课']), new Set());
    expect(tokens).toContain('三会一课');
  });
});

describe('htmlToText', () => {
  it('keeps text and alt text, drops tags, attributes and code blocks, decodes entities', () => {
    expect(
      htmlToText(
        '<h2 id="t">标题</h2><figure><img src="/u/a.svg" alt="示意图"></figure><p><a href="/articles/x/">链接</a> A&amp;B &#x4E2D;&#25991;</p><pre><code>npm run build</code></pre>',
      )
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe('标题 示意图 链接 A&B 中文');
  });
});

describe('analyzeTopics', () => {
  const docs = [
    doc('2026-09-03', '党史 党史 志愿 党史', 'news', ['党史学习']),
    doc('2026-09-20', '党史 技能 大赛', 'theory', ['技能大赛']),
    doc('2026-10-08', '技能 技能 技能 大赛 志愿', 'news', ['技能大赛']),
    doc('2026-10-15', '技能 党史 大赛', 'news', ['技能大赛', '党史学习']),
  ];
  const result = analyzeTopics(docs, { segment: bySpace, stopWords: [], top: 3 });

  it('ranks keywords per month and quarter', () => {
    expect(result.months.map((m) => m.key)).toEqual(['2026-09', '2026-10']);
    expect(result.quarters.map((m) => m.key)).toEqual(['2026-q3', '2026-q4']);
    expect(result.months[0]!.keywords[0]).toMatchObject({ term: '党史', count: 4 });
    expect(result.months[1]!.keywords[0]).toMatchObject({ term: '技能', count: 4 });
  });
  it('weighs domain terms double', () => {
    const tie = [doc('2026-09-03', '甲乙 丙丁'), doc('2026-09-04', '戊己')];
    const plain = analyzeTopics(tie, { segment: bySpace, stopWords: [] }).months[0]!.keywords;
    const boosted = analyzeTopics(tie, { segment: bySpace, stopWords: [], domainTerms: ['丙丁'] }).months[0]!.keywords;
    expect(boosted[0]!.term).toBe('丙丁');
    expect(boosted[0]!.score).toBeCloseTo(plain.find((k) => k.term === '丙丁')!.score * 2);
  });
  it('finds rising keywords against the previous period', () => {
    expect(result.months[1]!.rising).toEqual([{ term: '技能', count: 4, previous: 1 }]);
    expect(result.months[0]!.rising.map((r) => r.term)).toEqual(['党史']);
  });
  it('computes category and tag shares of documents', () => {
    expect(result.months[0]!.categories).toEqual([
      { key: 'news', count: 1, share: 0.5 },
      { key: 'theory', count: 1, share: 0.5 },
    ]);
    expect(result.months[1]!.tags[0]).toEqual({ key: '技能大赛', count: 2, share: 1 });
  });
  it('gives monthly trend series for the top keywords', () => {
    expect(result.trends.months).toEqual(['2026-09', '2026-10']);
    const skill = result.trends.series.find((s) => s.term === '技能');
    expect(skill?.counts).toEqual([1, 4]);
    // 志愿 is in two texts only: a trend needs three.
    expect(result.trends.series.map((s) => s.term).sort()).toEqual(['党史', '大赛', '技能']);
  });
});

describe('recentMonths', () => {
  it('keeps the months within the window that ends at the newest, dropping a stray old one', () => {
    expect(recentMonths(['2026-11', '2021-11', '2026-01', '2025-12', '2026-11'], 12)).toEqual([
      '2025-12',
      '2026-01',
      '2026-11',
    ]);
  });
  it('keeps everything that fits, and nothing from nothing', () => {
    expect(recentMonths(['2026-03', '2026-01'], 12)).toEqual(['2026-01', '2026-03']);
    expect(recentMonths([], 12)).toEqual([]);
  });
});
