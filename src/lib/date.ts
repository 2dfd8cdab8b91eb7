/** Dates in Xinhuo are Beijing time (Asia/Shanghai, UTC+8, no daylight saving). */
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

/** `2026年10月14日 14:30` — date and time for activities. */
export function formatDateTime(date: Date): string {
  const p = shanghaiParts(date);
  return `${formatDate(date)} ${pad(p.hour)}:${pad(p.minute)}`;
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
