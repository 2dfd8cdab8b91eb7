/**
 * Beijing time and periods, the one place for them: dates in Xinhuo are Beijing time
 * (Asia/Shanghai, UTC+8, no daylight saving); months, quarters and their keys and labels.
 * No imports, so Node scripts run it as it is.
 */
export const TIME_ZONE = 'Asia/Shanghai';
const OFFSET_MS = 8 * 60 * 60 * 1000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Builds the instant of a wall-clock time in Asia/Shanghai. */
export function shanghaiInstant(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - OFFSET_MS);
}

/**
 * Reads a frontmatter date as Beijing time. YAML turns `2026-10-14` (and timestamps with seconds)
 * into Date objects in UTC; we re-read their UTC fields as a Shanghai wall-clock time, so that
 * editors never have to think about time zones. Strings with an explicit offset keep it.
 * Returns undefined when the value is not a date.
 */
export function parseShanghaiDate(value: unknown): Date | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    return shanghaiInstant(
      value.getUTCFullYear(),
      value.getUTCMonth() + 1,
      value.getUTCDate(),
      value.getUTCHours(),
      value.getUTCMinutes(),
      value.getUTCSeconds(),
    );
  }
  if (typeof value !== 'string') return undefined;
  const m = DATE_RE.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31 || Number(h) > 23 || Number(mi) > 59) return undefined;
  if (zone) {
    const parsed = new Date(value.trim().replace(' ', 'T'));
    return Number.isNaN(parsed.getTime()) ? undefined : parsed;
  }
  const result = shanghaiInstant(Number(y), month, day, Number(h), Number(mi), Number(s));
  // Reject overflowing dates such as 2026-02-30.
  return shanghaiParts(result).day === day ? result : undefined;
}

/** The calendar fields of an instant in Asia/Shanghai. */
export function shanghaiParts(date: Date): { year: number; month: number; day: number; hour: number; minute: number } {
  const shifted = new Date(date.getTime() + OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The Beijing-time day `YYYY-MM-DD` of an instant in milliseconds (access-log lines). */
export const shanghaiDay = (time: number): string => isoDate(new Date(time));

/** The periods Xinhuo counts by: the assessment judges all three, hot topics months and quarters. */
export type PeriodKind = 'month' | 'quarter' | 'year';

/** A calendar month, 1-based. */
export interface YearMonth {
  year: number;
  month: number;
}

/** `2026-11`: a month's key, also its URL segment. */
export const monthKey = ({ year, month }: YearMonth): string => `${year}-${pad(month)}`;

/** The month of a key (`2026-11`). */
export function parseMonthKey(key: string): YearMonth {
  const [year, month] = key.split('-').map(Number) as [number, number];
  return { year, month };
}

/** The month `delta` months after `ym`. */
export function addMonths({ year, month }: YearMonth, delta: number): YearMonth {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The Beijing-time month of an instant. */
export function monthOf(date: Date): YearMonth {
  const { year, month } = shanghaiParts(date);
  return { year, month };
}

/** Every month from `first` to `last`, both included (none when `last` is before `first`). */
export function monthsBetween(first: YearMonth, last: YearMonth): YearMonth[] {
  const count = last.year * 12 + last.month - (first.year * 12 + first.month) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => addMonths(first, i));
}

/** The quarter (1–4) a month (1–12) belongs to. */
export const quarterOf = (month: number): number => Math.ceil(month / 3);

/** Chinese quarter numerals: 第一季度 … 第四季度. */
export const QUARTER_NUMERALS = ['一', '二', '三', '四'] as const;

/** `第四季度` for quarter 4. */
export const quarterLabel = (quarter: number): string => `第${QUARTER_NUMERALS[quarter - 1] ?? ''}季度`;

/** `2026-10-14` — for machine-readable attributes and compact lists. */
export function isoDate(date: Date): string {
  const p = shanghaiParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** `2026年10月14日` — the reader-facing date. */
export function formatDate(date: Date): string {
  const p = shanghaiParts(date);
  return `${p.year}年${p.month}月${p.day}日`;
}

/** `14:30` — the Beijing time of day. */
export function formatTime(date: Date): string {
  const p = shanghaiParts(date);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** `2026年10月14日 14:30` — date and time for activities. */
export function formatDateTime(date: Date): string {
  return `${formatDate(date)} ${formatTime(date)}`;
}

/**
 * The "as of" moment of a build: `XINHUO_AS_OF` (a Beijing date or date-time, for reproducible
 * builds and tests) when given, otherwise now. A malformed value stops the build.
 */
export function resolveAsOf(value: string | undefined, now: Date): Date {
  if (!value) return now;
  const parsed = parseShanghaiDate(value);
  if (!parsed) {
    throw new Error(
      `XINHUO_AS_OF="${value}" 不是有效日期，请写成 2026-11-25 或 "2026-11-25 14:30"。 / XINHUO_AS_OF is not a date; use 2026-11-25 or "2026-11-25 14:30".`,
    );
  }
  return parsed;
}

/**
 * Period keys, as the hot-topics pages name them in their URLs: a month `2026-10`, a quarter
 * `2026-q4`. (The assessment's own periods, periodsOf in assessment.ts, are built from these parts.)
 */
export function periodKey(date: Date, kind: 'month' | 'quarter'): string {
  const month = isoDate(date).slice(0, 7);
  return kind === 'month' ? month : quarterKey(Number(month.slice(0, 4)), quarterOf(Number(month.slice(5))));
}

/** `2026-q4`. */
export const quarterKey = (year: number, quarter: number): string => `${year}-q${quarter}`;

/** Chinese label of a period key: `2026-10` → 2026年10月, `2026-q4` → 2026年第四季度. */
export function periodLabel(key: string): string {
  const [year, rest] = key.split('-') as [string, string];
  return rest.startsWith('q') ? `${year}年${quarterLabel(Number(rest.slice(1)))}` : `${year}年${Number(rest)}月`;
}

/** The period before a month or quarter key. */
export function previousPeriod(key: string): string {
  const [y, rest] = key.split('-') as [string, string];
  const year = Number(y);
  if (rest.startsWith('q')) {
    const q = Number(rest.slice(1));
    return q === 1 ? quarterKey(year - 1, 4) : quarterKey(year, q - 1);
  }
  return monthKey(addMonths(parseMonthKey(key), -1));
}

/** The months of a period key: `2026-10` → itself, `2026-q4` → October to December. */
export function monthsOfPeriod(key: string): string[] {
  const [year, rest] = key.split('-') as [string, string];
  if (!rest.startsWith('q')) return [key];
  const first = { year: Number(year), month: (Number(rest.slice(1)) - 1) * 3 + 1 };
  return monthsBetween(first, addMonths(first, 2)).map(monthKey);
}
