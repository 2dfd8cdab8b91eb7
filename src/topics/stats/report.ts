/** What the site shows from the stats file: periods merged, popular pages and searches. */
import type { MonthStats, Stats } from './schema.ts';

/** Statistics of one month or quarter (a quarter sums its months). */
export interface PeriodStats {
  views: number;
  visitors: number;
  pages: { path: string; views: number }[];
  searches: { term: string; count: number; zero: number }[];
  referrers: { host: string; count: number }[];
  notFound: { path: string; count: number }[];
}

function sum<T, K extends keyof T>(rows: T[], key: (row: T) => string, fields: K[]): T[] {
  const merged = new Map<string, T>();
  for (const row of rows) {
    const k = key(row);
    const seen = merged.get(k);
    if (!seen) merged.set(k, { ...row });
    else for (const f of fields) (seen[f] as number) += row[f] as number;
  }
  return [...merged.values()].sort(
    (a, b) => (b[fields[0]!] as number) - (a[fields[0]!] as number) || (key(a) < key(b) ? -1 : 1),
  );
}

/** Merges the given months of the stats (months missing from the file count as empty). */
export function periodStats(stats: Stats, months: readonly string[]): PeriodStats {
  const rows: MonthStats[] = stats.months.filter((m) => months.includes(m.month));
  return {
    views: rows.reduce((s, m) => s + m.views, 0),
    visitors: rows.reduce((s, m) => s + m.visitors, 0),
    pages: sum(
      rows.flatMap((m) => m.pages),
      (r) => r.path,
      ['views'],
    ),
    searches: sum(
      rows.flatMap((m) => m.searches),
      (r) => r.term,
      ['count', 'zero'],
    ),
    referrers: sum(
      rows.flatMap((m) => m.referrers),
      (r) => r.host,
      ['count'],
    ),
    notFound: sum(
      rows.flatMap((m) => m.notFound),
      (r) => r.path,
      ['count'],
    ),
  };
}

/** The last `n` months the stats cover. */
export function latestMonths(stats: Stats, n: number): string[] {
  return stats.months.slice(-n).map((m) => m.month);
}

/** Searches that found something, most frequent first: suggestions for readers. */
export function popularSearches(period: PeriodStats, n: number): string[] {
  return period.searches
    .filter((s) => s.zero < s.count)
    .slice(0, n)
    .map((s) => s.term);
}

/** Searches that found nothing at least once, most such reports first: content readers miss. */
export function zeroResultSearches(period: PeriodStats): PeriodStats['searches'] {
  return period.searches.filter((s) => s.zero > 0).sort((a, b) => b.zero - a.zero || (a.term < b.term ? -1 : 1));
}

/** Stats for a site that has none yet (no log read). */
export const NO_STATS: Stats = {
  version: 1,
  generated: '1970-01-01',
  minCount: 3,
  approximate: false,
  lines: { total: 0, malformed: 0, bots: 0, assets: 0, failed: 0, outside: 0, pageViews: 0, searches: 0 },
  days: [],
  months: [],
};
