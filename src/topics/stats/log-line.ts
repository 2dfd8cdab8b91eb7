/**
 * Parsing of the "combined" access-log format that nginx and Apache write by default:
 * `ip - user [10/Oct/2026:13:55:36 +0800] "GET /path HTTP/1.1" 200 2326 "referrer" "user agent"`.
 * Pure and dependency-free, so the stats command runs it in Node without a build.
 */

/** One request from an access log. The IP and user agent never leave the stats command. */
export interface LogEntry {
  ip: string;
  /** Request time, milliseconds since the epoch. */
  time: number;
  method: string;
  /** Request target as logged (path and query, still percent-encoded). */
  target: string;
  status: number;
  /** `-` in the log becomes the empty string. */
  referrer: string;
  userAgent: string;
}

// Quoted fields may hold backslash escapes (nginx writes \" and \xHH, Apache \" and \\).
const QUOTED = String.raw`"((?:[^"\\]|\\.)*)"`;
const LINE = new RegExp(
  String.raw`^(\S+) \S+ \S+ \[([^\]]+)\] ${QUOTED} (\d{3}) (?:\d+|-) ${QUOTED} ${QUOTED}(?: .*)?$`,
);
const MONTHS: Record<string, number> = {
  Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11,
}; // prettier-ignore
const TIME = /^(\d{2})\/([A-Z][a-z]{2})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$/;

/** Parses `10/Oct/2026:13:55:36 +0800` into epoch milliseconds, or undefined. */
export function parseLogTime(value: string): number | undefined {
  const m = TIME.exec(value);
  if (!m) return undefined;
  const [, day, mon, year, hh, mm, ss, sign, oh, om] = m as unknown as string[];
  const month = MONTHS[mon!];
  if (month === undefined) return undefined;
  const offset = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) * 60_000;
  return Date.UTC(Number(year), month, Number(day), Number(hh), Number(mm), Number(ss)) - offset;
}

function unescape(value: string): string {
  return value === '-'
    ? ''
    : value.replace(/\\(x[0-9a-fA-F]{2}|.)/g, (_, c: string) =>
        c.length === 3 ? String.fromCharCode(parseInt(c.slice(1), 16)) : c,
      );
}

/** Parses one combined-format line; undefined when the line is not one (the caller counts it). */
export function parseLogLine(line: string): LogEntry | undefined {
  const m = LINE.exec(line);
  if (!m) return undefined;
  const [, ip, rawTime, request, status, referrer, userAgent] = m as unknown as string[];
  const time = parseLogTime(rawTime!);
  if (time === undefined) return undefined;
  const parts = unescape(request!).split(' ');
  if (parts.length < 2 || parts.length > 3 || !parts[1]) return undefined;
  return {
    ip: ip!,
    time,
    method: parts[0]!,
    target: parts[1],
    status: Number(status),
    referrer: unescape(referrer!),
    userAgent: unescape(userAgent!),
  };
}
