import { describe, expect, it } from 'vitest';
import { linePoints, niceMax, percent, rankRows, ticks } from './charts.ts';

describe('charts', () => {
  it.each([
    [0, 1],
    [1, 1],
    [7, 10],
    [12, 20],
    [43, 50],
    [501, 1000],
    [0.3, 0.5],
  ])('niceMax(%d) = %d', (v, nice) => expect(niceMax(v)).toBe(nice));

  it('spreads points over the inner box, zero at the bottom', () => {
    const box = { width: 120, height: 60, pad: [10, 10, 10, 10] as [number, number, number, number] };
    expect(linePoints([0, 5, 10], 10, box)).toBe('10,50 60,30 110,10');
    expect(linePoints([4], 8, box)).toBe('60,30');
  });

  it('makes ticks and percentages', () => {
    expect(ticks(20)).toEqual([0, 5, 10, 15, 20]);
    expect(percent(0.4567)).toBe('45.7%');
  });
});

describe('rankRows', () => {
  it('puts the largest value first and keeps the order of ties', () => {
    const rows = [
      { label: '党建', value: 3 },
      { label: '三会一课', value: 9 },
      { label: '党员', value: 3 },
      { label: '主题党日', value: 5 },
    ];
    expect(rankRows(rows).map((r) => r.label)).toEqual(['三会一课', '主题党日', '党建', '党员']);
    expect(rows[0]?.label).toBe('党建');
  });
});
