import { describe, expect, it } from 'vitest';
import { readEditorDate } from './dates.ts';

describe('readEditorDate', () => {
  it.each([
    ['2026-11-25', false, '2026-11-25'],
    [' 2026/1/5 ', false, '2026-01-05'],
    ['2026年11月25日', false, '2026-11-25'],
    ['２０２６－１１－２５', false, '2026-11-25'],
    ['2024-02-29', false, '2024-02-29'],
    ['2026-11-25 9:05', true, '2026-11-25 09:05'],
    ['2026年11月25日 14时30分', true, '2026-11-25 14:30'],
    ['', false, ''],
  ])('%j (time: %s) → %s', (text, withTime, value) => {
    expect(readEditorDate(text, withTime)).toEqual({ value });
  });

  it.each([
    ['2026-02-30', false, '2026 年 2 月没有 30 日（这个月只有 28 天）'],
    ['2025-02-29', false, '2025 年 2 月没有 29 日'],
    ['2026-13-01', false, '没有 13 月'],
    ['02/30/2026', false, '请按“年-月-日”填写，例如 2026-11-25'],
    ['昨天', false, '请按“年-月-日”填写'],
    ['2026-11-25', true, '请同时填写时间'],
    ['2026-11-25 24:00', true, '没有 24:00 这个时间'],
    ['2026-11-25 14:30', false, '这里只填日期'],
  ])('%j (time: %s) is refused: %s', (text, withTime, problem) => {
    const reading = readEditorDate(text, withTime);
    expect(reading).toHaveProperty('problem');
    expect((reading as { problem: string }).problem).toContain(problem);
  });
});
