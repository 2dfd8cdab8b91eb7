/** Pure helpers for organizational-life records: status, attendance and the month calendar. */
import { monthKey, monthOf, monthsBetween, shanghaiInstant, type YearMonth } from '../lib/date.ts';

/** How long an activity without an end time is assumed to last. */
export const DEFAULT_DURATION_MS = 2 * 60 * 60 * 1000;

/** Where an activity stands relative to a moment: not started, running, or over. */
export type ActivityStatus = 'upcoming' | 'live' | 'ended';

/** Reader-facing names of the statuses (the join button's label). */
export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = {
  upcoming: '尚未开始',
  live: '正在进行',
  ended: '已结束',
};

/** Status of an activity at `now`; an activity without `end` lasts DEFAULT_DURATION_MS. */
export function activityStatus(start: Date, end: Date | undefined, now: Date): ActivityStatus {
  const finish = end ?? new Date(start.getTime() + DEFAULT_DURATION_MS);
  if (now < start) return 'upcoming';
  return now < finish ? 'live' : 'ended';
}

/** Attendance as a whole percentage, or undefined before anyone could attend. */
export function attendanceRate(expected: number, attended: number): number | undefined {
  if (expected <= 0 || attended <= 0) return undefined;
  return Math.round((attended / expected) * 100);
}

/** Every month from the earliest to the latest of `dates`, and always `anchor`'s month. */
export function calendarMonths(dates: readonly Date[], anchor: Date): YearMonth[] {
  const months = [...dates, anchor].map(monthOf).sort((a, b) => a.year - b.year || a.month - b.month);
  return monthsBetween(months[0]!, months.at(-1)!);
}

/** One cell of a month grid: a day of the month, or a blank before the 1st / after the last day. */
export type CalendarCell = { day: number; iso: string } | null;

/** The weeks (Monday first, as in China) of a month; blanks pad the first and last week. */
export function monthGrid({ year, month }: YearMonth): CalendarCell[][] {
  const first = shanghaiInstant(year, month, 1, 12);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (new Date(first.getTime()).getUTCDay() + 6) % 7;
  const cells: CalendarCell[] = [
    ...Array<null>(lead).fill(null),
    ...Array.from({ length: days }, (_, i) => ({
      day: i + 1,
      iso: `${monthKey({ year, month })}-${String(i + 1).padStart(2, '0')}`,
    })),
  ];
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}
