/**
 * Keyword extraction over the site's content: TF-IDF per month and per quarter, rising
 * keywords against the previous period, keyword trends, and tag and category shares.
 * Pure: the word segmenter comes in as a function (jieba at build time, see segmenter.ts).
 */
import {
  monthKey,
  monthsBetween,
  parseMonthKey,
  periodKey,
  previousPeriod,
  type PeriodKind as CalendarPeriod,
} from '../lib/date.ts';

/** Splits text into words. */
export type Segment = (text: string) => string[];

/** One piece of content, reduced to what the analysis needs. */
export interface TopicDoc {
  date: Date;
  /** Title, summary and body as plain text. */
  text: string;
  /** Category key, for articles; undefined for other kinds. */
  category?: string | undefined;
  tags: readonly string[];
}

/** Hot topics are counted by month and by quarter. */
export type PeriodKind = Exclude<CalendarPeriod, 'year'>;

export interface Keyword {
  term: string;
  /** TF-IDF weight in the period. */
  score: number;
  /** Occurrences in the period. */
  count: number;
}

export interface RisingKeyword {
  term: string;
  count: number;
  /** Occurrences in the previous period of the same kind. */
  previous: number;
}

export interface Share {
  key: string;
  count: number;
  /** Fraction of the period's documents (0…1). */
  share: number;
}

export interface PeriodTopics {
  kind: PeriodKind;
  /** `2026-10` or `2026-q4`. */
  key: string;
  docs: number;
  keywords: Keyword[];
  rising: RisingKeyword[];
  categories: Share[];
  tags: Share[];
}

export interface TopicsAnalysis {
  months: PeriodTopics[];
  quarters: PeriodTopics[];
  /** Monthly occurrences of the overall top keywords, over the last months with content. */
  trends: { months: string[]; series: { term: string; counts: number[] }[] };
}

/** Every month from `first` to `last` inclusive (`YYYY-MM`). */
export const monthRange = (first: string, last: string): string[] =>
  monthsBetween(parseMonthKey(first), parseMonthKey(last)).map(monthKey);

/**
 * The months among `keys` within the `count` months that end at the newest one, in their order:
 * one stray old text (an imported 2021 article) must not open a period of its own.
 */
export function recentMonths(keys: Iterable<string>, count: number): string[] {
  const all = [...new Set(keys)].sort();
  const newest = all.at(-1);
  if (!newest) return [];
  const window = new Set(monthRange(all[0]!, newest).slice(-count));
  return all.filter((k) => window.has(k));
}

const WORDLIKE = /^(?:[\p{Script=Han}]{2,}|[\p{Script=Han}A-Za-z][\p{Script=Han}\p{L}\p{N}]*[\p{L}])$/u;

/** The words of a text worth counting: two or more characters, not numbers or punctuation, not stop words. */
export function keywordTokens(text: string, segment: Segment, stopWords: ReadonlySet<string>): string[] {
  return segment(text)
    .map((w) => w.trim())
    .filter((w) => w.length >= 2 && WORDLIKE.test(w) && !stopWords.has(w) && !stopWords.has(w.toLowerCase()));
}

/** A text's keywords with how often each occurs: all the analysis needs of a text (and what a cache keeps). */
export type KeywordCounts = [term: string, count: number][];

/** Counts the keywords of a text (see keywordTokens). */
export function countKeywords(text: string, segment: Segment, stopWords: ReadonlySet<string>): KeywordCounts {
  const counts = new Map<string, number>();
  for (const t of keywordTokens(text, segment, stopWords)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Turns a rendered body into plain text: code blocks dropped, images' alt text kept, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<pre\b[\s\S]*?<\/pre>/g, ' ')
    .replace(/<img\b[^>]*\balt="([^"]*)"[^>]*>/g, ' $1 ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) =>
      name.startsWith('#')
        ? String.fromCodePoint(Number(name[1] === 'x' || name[1] === 'X' ? `0${name.slice(1)}` : name.slice(1)))
        : (ENTITIES[name.toLowerCase()] ?? entity),
    );
}

function share(counts: Map<string, number>, docs: number): Share[] {
  return [...counts]
    .map(([key, count]) => ({ key, count, share: docs ? count / docs : 0 }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key, 'zh-CN'));
}

const byTerm = (a: { term: string }, b: { term: string }) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);

/** Analyses the content; `top` keywords per period, `trendTerms` series over the last `trendMonths` months. */
export function analyzeTopics(
  docs: readonly TopicDoc[],
  {
    segment,
    stopWords,
    domainTerms = [],
    top = 15,
    trendTerms = 6,
    trendMonths = 12,
    counts,
  }: {
    segment: Segment;
    stopWords: Iterable<string>;
    /** The editors' party terms: topical by definition, so they weigh double. */
    domainTerms?: Iterable<string>;
    top?: number;
    trendTerms?: number;
    trendMonths?: number;
    /** Counts a text's keywords; default countKeywords with `segment` and `stopWords` (a cache goes here). */
    counts?: (text: string) => KeywordCounts;
  },
): TopicsAnalysis {
  const stops = new Set(stopWords);
  const count = counts ?? ((text: string) => countKeywords(text, segment, stops));
  const tokenized = docs.map((doc) => {
    const bag = new Map(count(doc.text));
    let total = 0;
    for (const n of bag.values()) total += n;
    return { doc, bag, total };
  });
  // Document frequency over the whole site: words every text uses weigh little.
  const df = new Map<string, number>();
  for (const { bag } of tokenized) for (const t of bag.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  // Squared IDF: words that run through the whole site (党员, 支部) give way to what marks a period.
  const domain = new Set(domainTerms);
  const weight = (t: string) =>
    (Math.log((1 + docs.length) / (1 + (df.get(t) ?? 0))) + 1) ** 2 * (domain.has(t) ? 2 : 1);

  const periods = (kind: PeriodKind): PeriodTopics[] => {
    const groups = new Map<string, typeof tokenized>();
    for (const item of tokenized) {
      const key = periodKey(item.doc.date, kind);
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
    const counted = new Map<string, { counts: Map<string, number>; total: number }>();
    for (const [key, items] of groups) {
      const counts = new Map<string, number>();
      for (const { bag } of items) for (const [t, n] of bag) counts.set(t, (counts.get(t) ?? 0) + n);
      counted.set(key, { counts, total: items.reduce((s, i) => s + i.total, 0) });
    }
    return [...groups.keys()].sort().map((key) => {
      const items = groups.get(key)!;
      const { counts, total } = counted.get(key)!;
      const keywords = [...counts]
        .map(([term, count]) => ({ term, count, score: (count / Math.max(total, 1)) * weight(term) * 1000 }))
        .sort((a, b) => b.score - a.score || byTerm(a, b))
        .slice(0, top);
      const prev = counted.get(previousPeriod(key));
      const rising = [...counts]
        .map(([term, count]) => ({ term, count, previous: prev?.counts.get(term) ?? 0 }))
        .filter((r) => r.count >= 3)
        .map((r) => ({ ...r, delta: r.count / Math.max(total, 1) - r.previous / Math.max(prev?.total ?? 1, 1) }))
        .filter((r) => r.delta > 0)
        .sort((a, b) => b.delta - a.delta || byTerm(a, b))
        .slice(0, 8)
        .map(({ term, count, previous }) => ({ term, count, previous }));
      const categories = new Map<string, number>();
      const tags = new Map<string, number>();
      for (const { doc } of items) {
        if (doc.category) categories.set(doc.category, (categories.get(doc.category) ?? 0) + 1);
        for (const tag of doc.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1);
      }
      return {
        kind,
        key,
        docs: items.length,
        keywords,
        rising,
        categories: share(categories, items.length),
        tags: share(tags, items.length).slice(0, 10),
      };
    });
  };

  const months = periods('month');
  const quarters = periods('quarter');
  const trendRange = months.length ? monthRange(months[0]!.key, months.at(-1)!.key).slice(-trendMonths) : [];
  const inRange = months.filter((m) => trendRange.includes(m.key));
  const totals = new Map<string, number>();
  for (const m of inRange) for (const k of m.keywords) totals.set(k.term, (totals.get(k.term) ?? 0) + k.score);
  // A trend needs a word that several texts use, not one article's proper name.
  const minDocs = Math.min(3, docs.length);
  const termsInTrend = [...totals]
    .filter(([term]) => (df.get(term) ?? 0) >= minDocs)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, trendTerms)
    .map(([term]) => term);
  const monthCounts = new Map<string, Map<string, number>>();
  for (const { doc, bag } of tokenized) {
    const key = periodKey(doc.date, 'month');
    const counts = monthCounts.get(key) ?? new Map<string, number>();
    for (const [t, n] of bag) counts.set(t, (counts.get(t) ?? 0) + n);
    monthCounts.set(key, counts);
  }
  const series = termsInTrend.map((term) => ({
    term,
    counts: trendRange.map((m) => monthCounts.get(m)?.get(term) ?? 0),
  }));
  return { months, quarters, trends: { months: trendRange, series } };
}
