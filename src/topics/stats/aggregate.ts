/**
 * Folds access-log lines into anonymous statistics. Memory is bounded: per-day visitors are a
 * HyperLogLog sketch and every per-key table is a BoundedCounter. The visitor hash (IP + user
 * agent with a salt per day) is computed by the caller and never kept.
 */
import { shanghaiDay } from '../../lib/date.ts';
import { BoundedCounter } from './bounded-counter.ts';
import { isAsset, isBot, isSuccess } from './filters.ts';
import { HyperLogLog } from './hyperloglog.ts';
import { parseLogLine, type LogEntry } from './log-line.ts';
import type { Stats } from './schema.ts';
import { extractSearch, isSearchBeacon, splitTarget } from './search-terms.ts';

export interface AggregateOptions {
  /** The site's base path, e.g. `/` or `/dangjian/`. */
  base: string;
  /** Host names of the site itself; their referrers are internal navigation. */
  ownHosts: readonly string[];
  /** Hashes the visitor key of a day to 64 bits (`[high, low]`); salted, so nothing can be reversed. */
  visitorHash: (day: string, key: string) => [number, number];
  /** Per-key table limit (memory bound). */
  tableLimit?: number;
}

interface MonthTables {
  views: number;
  pages: BoundedCounter;
  searches: BoundedCounter;
  zeroSearches: BoundedCounter;
  referrers: BoundedCounter;
  notFound: BoundedCounter;
}

export { shanghaiDay };

/** Page path relative to the base, with `index.html` folded into its folder. */
export function pagePath(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // keep the raw path
  }
  return decoded.replace(/(^|\/)index\.html$/, '$1');
}

/** External referrer host, or undefined for none, an internal one or a malformed URL. */
export function externalHost(referrer: string, ownHosts: readonly string[]): string | undefined {
  if (!referrer) return undefined;
  try {
    const host = new URL(referrer).hostname.toLowerCase();
    return host && !ownHosts.includes(host) ? host : undefined;
  } catch {
    return undefined;
  }
}

export class StatsAggregator {
  readonly lines = { total: 0, malformed: 0, bots: 0, assets: 0, failed: 0, outside: 0, pageViews: 0, searches: 0 };
  private readonly months = new Map<string, MonthTables>();
  private readonly days = new Map<string, { views: number; visitors: HyperLogLog }>();
  private readonly base: string;
  private readonly options: AggregateOptions;

  constructor(options: AggregateOptions) {
    this.options = options;
    this.base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  }

  /** Adds one raw log line; malformed lines are counted, never thrown. */
  addLine(line: string): void {
    if (line.trim() === '') return;
    this.lines.total++;
    const entry = parseLogLine(line);
    if (!entry) this.lines.malformed++;
    else this.addEntry(entry);
  }

  /** Adds one parsed request. */
  addEntry(entry: LogEntry): void {
    if (isBot(entry.userAgent)) return void this.lines.bots++;
    const [path] = splitTarget(entry.target);
    if (!path.startsWith(this.base)) return void this.lines.outside++;
    const relative = path.slice(this.base.length);
    const day = shanghaiDay(entry.time);
    const month = this.month(day.slice(0, 7));
    if (isSearchBeacon(relative)) {
      const search = extractSearch(entry.target.slice(this.base.length));
      if (search) {
        this.lines.searches++;
        month.searches.add(search.term);
        if (search.zero) month.zeroSearches.add(search.term);
      }
      return;
    }
    if (entry.status === 404) {
      this.lines.failed++;
      month.notFound.add(pagePath(relative));
      return;
    }
    if (isAsset(relative)) return void this.lines.assets++;
    if (!isSuccess(entry.status) || entry.method !== 'GET') return void this.lines.failed++;
    this.lines.pageViews++;
    month.views++;
    month.pages.add(pagePath(relative));
    const host = externalHost(entry.referrer, this.options.ownHosts);
    if (host) month.referrers.add(host);
    let today = this.days.get(day);
    if (!today) this.days.set(day, (today = { views: 0, visitors: new HyperLogLog() }));
    today.views++;
    const [high, low] = this.options.visitorHash(day, `${entry.ip}\u0000${entry.userAgent}`);
    today.visitors.add(high, low);
  }

  /** The anonymous result; rare search terms, referrers and missing paths (< minCount a month) are dropped. */
  result(generated: string, minCount: number): Stats {
    const days = [...this.days]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([date, d]) => ({ date, views: d.views, visitors: d.visitors.count() }));
    const tables = [...this.months.values()];
    const approximate = tables.some((t) =>
      [t.pages, t.searches, t.zeroSearches, t.referrers, t.notFound].some((c) => c.pruned),
    );
    const months = [...this.months]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([month, t]) => ({
        month,
        views: t.views,
        visitors: days.filter((d) => d.date.startsWith(month)).reduce((sum, d) => sum + d.visitors, 0),
        pages: t.pages.top(100).map(([path, views]) => ({ path, views })),
        searches: t.searches
          .top(100, minCount)
          .map(([term, count]) => ({ term, count, zero: t.zeroSearches.get(term) })),
        referrers: t.referrers.top(50, minCount).map(([host, count]) => ({ host, count })),
        notFound: t.notFound.top(100, minCount).map(([path, count]) => ({ path, count })),
      }));
    return { version: 1, generated, minCount, approximate, lines: { ...this.lines }, days, months };
  }

  private month(key: string): MonthTables {
    let tables = this.months.get(key);
    if (!tables) {
      const limit = this.options.tableLimit;
      tables = {
        views: 0,
        pages: new BoundedCounter(limit),
        searches: new BoundedCounter(limit),
        zeroSearches: new BoundedCounter(limit),
        referrers: new BoundedCounter(limit),
        notFound: new BoundedCounter(limit),
      };
      this.months.set(key, tables);
    }
    return tables;
  }
}
