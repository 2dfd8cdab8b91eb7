import { describe, expect, it } from 'vitest';
import { readDate, readFactLine, readPublication } from './facts.ts';

describe('readFactLine', () => {
  it.each([
    ['2021-11-30 11:16林昭绚', { date: '2021-11-30', author: '林昭绚' }],
    ['2021-11-30', { date: '2021-11-30' }],
    ['魅力中国 2021年6期', { source: '《魅力中国》2021年第6期' }],
    ['《党建研究》2020年第12期', { source: '《党建研究》2020年第12期' }],
    ['作者：党委办公室 王晓岚', { author: '党委办公室 王晓岚' }],
    ['发布时间：2026-10-20 作者：信息工程学院 李文涛', { date: '2026-10-20', author: '信息工程学院 李文涛' }],
    ['来源：学习强国 日期：2026年9月8日', { source: '学习强国', date: '2026-09-08' }],
  ])('reads %s', (line, facts) => {
    expect(readFactLine(line)).toEqual(facts);
  });

  it.each([
    '2021年，学院党委召开了十余次专题会议，研究部署党建工作。',
    '高职学校内的师生群体是我国党建工作中最为重要的基层组织部分',
    '一、评议范围',
  ])('leaves body text alone: %s', (line) => {
    expect(readFactLine(line)).toBeUndefined();
  });
});

describe('readDate', () => {
  it.each([
    ['2026-10-20T09:30:00+08:00', '2026-10-20'],
    ['2026-10-19T20:00:00Z', '2026-10-20'],
    ['2026年9月8日', '2026-09-08'],
    ['2026/9/8 14:00', '2026-09-08'],
    ['2026-02-30', undefined],
    ['明天', undefined],
  ])('%s → %s', (text, iso) => {
    expect(readDate(text)).toBe(iso);
  });
});

describe('readPublication', () => {
  it('writes the issue as 《刊名》YYYY年第N期', () => {
    expect(readPublication('魅力中國 2021年6期')).toBe('《魅力中國》2021年第6期');
    expect(readPublication('2021年6期')).toBeUndefined();
  });
});
