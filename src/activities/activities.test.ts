import { describe, expect, it } from 'vitest';
import { activityStatus, attendanceRate, calendarMonths, monthGrid } from './activities.ts';
import { addMonths, monthKey, shanghaiInstant } from '../lib/date.ts';

const at = (d: number, h: number, m = 0) => shanghaiInstant(2026, 11, d, h, m);

describe('activityStatus', () => {
  it.each([
    ['before the start', at(28, 13, 59), 'upcoming'],
    ['at the start', at(28, 14), 'live'],
    ['just before the end', at(28, 16, 29), 'live'],
    ['at the end', at(28, 16, 30), 'ended'],
  ] as const)('%s', (_, now, status) => {
    expect(activityStatus(at(28, 14), at(28, 16, 30), now)).toBe(status);
  });
  it('assumes two hours when there is no end', () => {
    expect(activityStatus(at(28, 14), undefined, at(28, 15, 59))).toBe('live');
    expect(activityStatus(at(28, 14), undefined, at(28, 16))).toBe('ended');
  });
});

describe('attendanceRate', () => {
  it.each([
    [34, 31, 91],
    [9, 9, 100],
    [20, 0, undefined],
  ])('%i expected, %i attended → %s', (expected, attended, rate) => {
    expect(attendanceRate(expected, attended)).toBe(rate);
  });
});

describe('months', () => {
  it('adds months across years', () => {
    expect(addMonths({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(addMonths({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(monthKey({ year: 2026, month: 7 })).toBe('2026-07');
  });
  it('covers every month between the dates and the anchor', () => {
    const range = calendarMonths([shanghaiInstant(2026, 7, 1), shanghaiInstant(2026, 9, 30, 23)], at(25, 9));
    expect(range.map(monthKey)).toEqual(['2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
  });
  it('reads dates as Beijing time at month boundaries', () => {
    // 2026-07-31 23:30 in Beijing is still July although it is 15:30 UTC.
    expect(calendarMonths([shanghaiInstant(2026, 7, 31, 23, 30)], shanghaiInstant(2026, 7, 1)).map(monthKey)).toEqual([
      '2026-07',
    ]);
  });
});

describe('monthGrid', () => {
  it('starts weeks on Monday and pads with blanks', () => {
    // 1 November 2026 is a Sunday.
    const weeks = monthGrid({ year: 2026, month: 11 });
    expect(weeks[0]).toEqual([null, null, null, null, null, null, { day: 1, iso: '2026-11-01' }]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(30);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });
});
