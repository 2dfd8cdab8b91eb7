import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN, slugify } from '../src/lib/slug.ts';
import { entrySlug, titleSlug, titleWords } from './slug.ts';

const NOW = new Date('2026-11-25T01:02:03Z');
const TERMS = ['三会一课', '专题党课', '党课', '二十大精神'];

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
    expect(entrySlug(data, NOW, TERMS)).toBe(slug);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it('keeps long titles readable and short', () => {
    const slug = entrySlug({ title: '深入学习贯彻党的二十届三中全会精神推动职业教育高质量发展的实践与思考' }, NOW);
    expect(slug.length).toBeLessThanOrEqual(48);
    expect(slug).toMatch(SLUG_PATTERN);
  });
});

describe('titleSlug', () => {
  const LONG = '关于开展学习贯彻党的二十届三中全会精神专题党课的通知';

  it('joins the words of a domain term again', () => {
    expect(titleWords(LONG, TERMS)).toContain('专题党课');
    expect(titleWords('支部开展三会一课', TERMS)).toEqual(['支部', '开展', '三会一课']);
  });

  it('cuts a long title between words, never inside 专题党课', () => {
    // The syllable-only cut of the same title ends inside a word.
    const full = slugify(LONG, 1000);
    for (const max of [40, 44, 48, 52, 56, 60]) {
      const slug = titleSlug(LONG, max, TERMS);
      expect(slug.length).toBeLessThanOrEqual(max);
      expect(full.startsWith(slug)).toBe(true);
      expect(slug).not.toMatch(/zhuan-ti$|zhuan-ti-dang$|zhuan$/);
    }
    const upTo = (word: string) => full.slice(0, full.indexOf(word) + word.length);
    expect(titleSlug(LONG, upTo('quan-hui').length, TERMS)).toBe(upTo('quan-hui'));
    expect(titleSlug(LONG, upTo('jing-shen').length - 1, TERMS)).toBe(upTo('quan-hui'));
    // Room for zhuan-ti but not for the whole 专题党课: the term is left out, not cut.
    expect(titleSlug(LONG, upTo('zhuan-ti').length + 3, TERMS)).toBe(upTo('jing-shen'));
    expect(titleSlug(LONG, upTo('dang-ke').length, TERMS)).toBe(upTo('dang-ke'));
  });

  it('gives the whole title when it fits, the same as the syllables', () => {
    expect(titleSlug(LONG, 200, TERMS)).toBe(slugify(LONG, 200));
  });

  it('cuts a single overlong word between syllables', () => {
    const slug = titleSlug('习近平新时代中国特色社会主义思想', 20, ['习近平新时代中国特色社会主义思想']);
    expect(slug).toBe('xi-jin-ping-xin-shi');
  });
});
