import { describe, expect, it } from 'vitest';
import { monthsOfPeriod } from '../../lib/date.ts';
import { NO_STATS, latestMonths, periodStats, popularSearches, zeroResultSearches } from './report.ts';
import type { Stats } from './schema.ts';

const month = (m: string, pages: [string, number][], searches: [string, number, number][]) => ({
  month: m,
  views: pages.reduce((s, [, v]) => s + v, 0),
  visitors: 5,
  pages: pages.map(([path, views]) => ({ path, views })),
  searches: searches.map(([term, count, zero]) => ({ term, count, zero })),
  referrers: [],
  notFound: [],
});
const stats: Stats = {
  ...NO_STATS,
  months: [
    month('2026-09', [['a/', 5]], [['党史', 4, 0]]),
    month(
      '2026-10',
      [
        ['a/', 1],
        ['b/', 3],
      ],
      [
        ['党史', 3, 0],
        ['党费', 3, 3],
      ],
    ),
    month(
      '2026-11',
      [['b/', 2]],
      [
        ['党费', 4, 1],
        ['技能', 9, 0],
      ],
    ),
  ],
};

describe('stats report', () => {
  it('expands quarters into months', () => {
    expect(monthsOfPeriod('2026-q4')).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(monthsOfPeriod('2026-10')).toEqual(['2026-10']);
  });
  it('merges months into a period', () => {
    const q4 = periodStats(stats, monthsOfPeriod('2026-q4'));
    expect(q4).toMatchObject({ views: 6, visitors: 10 });
    expect(q4.pages).toEqual([
      { path: 'b/', views: 5 },
      { path: 'a/', views: 1 },
    ]);
    expect(q4.searches).toEqual([
      { term: '技能', count: 9, zero: 0 },
      { term: '党费', count: 7, zero: 4 },
      { term: '党史', count: 3, zero: 0 },
    ]);
    expect(stats.months[1]!.pages[1]).toEqual({ path: 'b/', views: 3 }); // input untouched
  });
  it('suggests searches that found something and lists those that did not', () => {
    const recent = periodStats(stats, latestMonths(stats, 2));
    expect(popularSearches(recent, 5)).toEqual(['技能', '党费', '党史']);
    expect(zeroResultSearches(recent).map((s) => s.term)).toEqual(['党费']);
    expect(popularSearches(periodStats(stats, ['2026-10']), 5)).toEqual(['党史']);
  });
});
