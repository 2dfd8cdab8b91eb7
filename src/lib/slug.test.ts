import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN, slugify, uniqueSlugs } from './slug.ts';

describe('slugify', () => {
  it.each([
    ['三会一课', 'san-hui-yi-ke'],
    ['主题党日', 'zhu-ti-dang-ri'],
    ['PLC技能大赛2026', 'plc-ji-neng-da-sai-2026'],
    ['“党史学习教育”——常态化！', 'dang-shi-xue-xi-jiao-yu-chang-tai-hua'],
    ['Ａｉ 全角', 'ai-quan-jiao'],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it('cuts long slugs at a word boundary', () => {
    const slug = slugify('信息化背景下的高职学校党建工作策略分析与实践探索研究报告全文', 30);
    expect(slug.length).toBeLessThanOrEqual(30);
    expect(slug).toMatch(SLUG_PATTERN);
  });
});

describe('uniqueSlugs', () => {
  it('gives homophones distinct slugs, independent of input order', () => {
    const a = uniqueSlugs(['党员', '党院', '团员']);
    const b = uniqueSlugs(['团员', '党院', '党员']);
    expect(a).toEqual(b);
    expect(new Set(a.values()).size).toBe(3);
    expect([...a.values()].filter((s) => s.startsWith('dang-yuan'))).toHaveLength(2);
  });
});
