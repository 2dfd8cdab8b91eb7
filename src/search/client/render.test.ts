import { describe, expect, it } from 'vitest';
import { findTerms } from '../excerpt.ts';
import { formatIsoDate, withHighlight } from './render.ts';

describe('withHighlight', () => {
  it('adds the query before any anchor, encoded', () => {
    expect(withHighlight('/dangjian/materials/x/#attachment-1', '发展 党员')).toBe(
      '/dangjian/materials/x/?hl=%E5%8F%91%E5%B1%95%20%E5%85%9A%E5%91%98#attachment-1',
    );
    expect(withHighlight('/a/?p=1', 'PLC')).toBe('/a/?p=1&hl=PLC');
  });
});

describe('formatIsoDate', () => {
  it('reads the date from the string, so no time zone shifts it', () => {
    expect(formatIsoDate('2026-01-01')).toBe('2026年1月1日');
    expect(formatIsoDate('2026-12-31T23:30:00+08:00')).toBe('2026年12月31日');
    expect(formatIsoDate(undefined)).toBe('');
    expect(formatIsoDate('soon')).toBe('');
  });
});

describe('findTerms', () => {
  it('finds every occurrence of the longest matching term, left to right, case-insensitively', () => {
    expect(findTerms('三会一课和三会', ['三会一课', '三会'])).toEqual([
      [0, 4],
      [5, 7],
    ]);
    expect(findTerms('The PLC lab', ['plc'])).toEqual([[4, 7]]);
    expect(findTerms('没有', ['党员'])).toEqual([]);
  });
});
