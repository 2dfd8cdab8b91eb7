import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN } from '../src/lib/slug';
import { entrySlug } from './slug';

const NOW = new Date('2026-11-25T01:02:03Z');

describe('entrySlug', () => {
  it.each([
    [{ title: '学习二十大精神', date: '2026-11-25' }, '2026-11-25-xue-xi-er-shi-da-jing-shen'],
    [{ title: '支部党员大会', date: '2026-11-25 14:30' }, '2026-11-25-zhi-bu-dang-yuan-da-hui'],
    [{ title: '关于我们' }, 'guan-yu-wo-men'],
    [{ name: '机电学院教工党支部' }, 'ji-dian-xue-yuan-jiao-gong-dang-zhi-bu'],
    [{ title: '「」！', date: '2026-11-25' }, '2026-11-25'],
    [{ title: '？？' }, 'entry-20261125010203'],
    [{ title: 'AI 赋能 2026' }, 'ai-fu-neng-2026'],
  ])('%j → %s', (data, slug) => {
    expect(entrySlug(data, NOW)).toBe(slug);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it('keeps long titles readable and short', () => {
    const slug = entrySlug({ title: '深入学习贯彻党的二十届三中全会精神推动职业教育高质量发展的实践与思考' }, NOW);
    expect(slug.length).toBeLessThanOrEqual(48);
    expect(slug).toMatch(SLUG_PATTERN);
  });
});
