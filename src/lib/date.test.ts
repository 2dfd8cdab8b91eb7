import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  isoDate,
  monthKey,
  monthOf,
  monthsBetween,
  parseMonthKey,
  parseShanghaiDate,
  quarterLabel,
  quarterOf,
  resolveAsOf,
  shanghaiDay,
  shanghaiInstant,
} from './date.ts';

describe('parseShanghaiDate', () => {
  it('reads a YAML date (UTC midnight) as that calendar day in Beijing', () => {
    const yaml = new Date('2026-10-14T00:00:00Z');
    expect(parseShanghaiDate(yaml)?.toISOString()).toBe('2026-10-13T16:00:00.000Z');
    expect(isoDate(parseShanghaiDate(yaml)!)).toBe('2026-10-14');
  });

  it('reads date-time strings without offset as Beijing wall-clock time', () => {
    expect(parseShanghaiDate('2026-10-14 14:30')?.toISOString()).toBe('2026-10-14T06:30:00.000Z');
    expect(parseShanghaiDate('2026-10-14T14:30:15')?.toISOString()).toBe('2026-10-14T06:30:15.000Z');
  });

  it('keeps an explicit offset', () => {
    expect(parseShanghaiDate('2026-10-14T14:30:00Z')?.toISOString()).toBe('2026-10-14T14:30:00.000Z');
  });

  it.each(['2026-02-30', '2026-13-01', '14/10/2026', '昨天', '', 42, null])('rejects %j', (value) => {
    expect(parseShanghaiDate(value)).toBeUndefined();
  });
});

describe('formatting in Asia/Shanghai', () => {
  it('shows the Beijing calendar day even late in the UTC day', () => {
    const lateUtc = new Date('2026-12-31T20:00:00Z'); // 2027-01-01 04:00 in Beijing
    expect(formatDate(lateUtc)).toBe('2027年1月1日');
    expect(isoDate(lateUtc)).toBe('2027-01-01');
    expect(formatDateTime(shanghaiInstant(2026, 10, 14, 9, 5))).toBe('2026年10月14日 09:05');
  });
});

describe('resolveAsOf', () => {
  const now = new Date('2026-11-25T01:00:00Z');
  it('is now without a value', () => expect(resolveAsOf(undefined, now)).toBe(now));
  it('reads a Beijing date', () => expect(resolveAsOf('2026-12-01', now)).toEqual(shanghaiInstant(2026, 12, 1)));
  it('rejects nonsense with the variable name', () => expect(() => resolveAsOf('soon', now)).toThrow(/XINHUO_AS_OF/));
});

describe('months and quarters', () => {
  it('lists the months between two, across a year, and none backwards', () => {
    expect(monthsBetween({ year: 2025, month: 11 }, { year: 2026, month: 2 }).map(monthKey)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(monthsBetween({ year: 2026, month: 3 }, { year: 2026, month: 2 })).toEqual([]);
    expect(parseMonthKey('2026-09')).toEqual({ year: 2026, month: 9 });
  });

  it('reads the Beijing day and month of an instant, names quarters', () => {
    // 2026-09-30 16:30 UTC is 2026-10-01 00:30 in Beijing.
    const instant = Date.UTC(2026, 8, 30, 16, 30);
    expect(shanghaiDay(instant)).toBe('2026-10-01');
    expect(monthOf(new Date(instant))).toEqual({ year: 2026, month: 10 });
    expect([1, 3, 4, 12].map(quarterOf)).toEqual([1, 1, 2, 4]);
    expect(quarterLabel(4)).toBe('第四季度');
  });
});
