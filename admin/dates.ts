/**
 * Dates typed into the CMS as text (YYYY-MM-DD, with HH:mm for a time of day), read strictly:
 * an impossible date such as 2026-02-30 is named as such instead of being emptied (a browser's
 * date box does that, and then the entry is reported as having no date).
 */

/** What an editor typed, read: the value to store, or why it cannot be one (Chinese). */
export type DateReading = { value: string } | { problem: string };

const pad = (n: number) => String(n).padStart(2, '0');

/** Reads `2026-11-25`, `2026/11/25`, `2026.11.25` or `2026年11月25日` (and `14:30` after it when `withTime`). */
export function readEditorDate(text: string, withTime: boolean): DateReading {
  const clean = text.normalize('NFKC').trim();
  if (!clean) return { value: '' };
  const example = withTime ? '2026-11-25 14:30' : '2026-11-25';
  const match =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+(\d{1,2})\s*[:：时]\s*(\d{2})\s*分?)?$/.exec(
      clean,
    );
  if (!match) return { problem: `请按“年-月-日${withTime ? ' 时:分' : ''}”填写，例如 ${example}。` };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return { problem: `没有 ${month} 月：月份须为 1–12。` };
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > lastDay)
    return { problem: `${year} 年 ${month} 月没有 ${day} 日（这个月只有 ${lastDay} 天）。` };
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!withTime) return match[4] === undefined ? { value: date } : { problem: `这里只填日期，例如 ${example}。` };
  if (match[4] === undefined) return { problem: `请同时填写时间，例如 ${example}。` };
  const [hour, minute] = [Number(match[4]), Number(match[5])];
  if (hour > 23 || minute > 59) return { problem: `没有 ${match[4]}:${match[5]} 这个时间：时为 0–23，分为 0–59。` };
  return { value: `${date} ${pad(hour)}:${pad(minute)}` };
}
