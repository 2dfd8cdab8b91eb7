import { describe, expect, it } from 'vitest';
import { hasTraditional, normalizeChinese, toSimplified, traditionalCharacters } from './chinese.ts';

describe('toSimplified', () => {
  it('maps Traditional characters and Taiwan phrases to mainland Simplified', () => {
    expect(toSimplified('黨史學習教育')).toBe('党史学习教育');
    expect(toSimplified('備份')).toBe('备份');
    expect(toSimplified('網路教學資源')).toBe('网络教学资源');
  });

  it('leaves Simplified text, Latin letters, digits and markup alone', () => {
    const text = '<p class="x">三会一课 PLC 2026年</p>';
    expect(toSimplified(text)).toBe(text);
  });
});

describe('traditionalCharacters', () => {
  const set = new Set(traditionalCharacters());

  it('holds the Traditional characters', () => {
    for (const char of '黨學習備網資們') expect(set.has(char), char).toBe(true);
    expect(set.size).toBeGreaterThan(3000);
  });

  it('leaves out everyday Simplified characters, including one the converter also maps (么)', () => {
    for (const char of '党学习备份网络资料会课一程么') expect(set.has(char), char).toBe(false);
  });
});

describe('normalizeChinese', () => {
  it('converts a text that holds any Traditional character, phrases included', () => {
    expect(hasTraditional('做好雲端備份')).toBe(true);
    expect(normalizeChinese('在網路上做好備份')).toBe('在网络上做好备份');
  });

  it('returns Simplified text as it is, on the page and in the query alike', () => {
    const text = '各党支部要认真落实三会一课制度，什么是程式化的会议？';
    expect(hasTraditional(text)).toBe(false);
    expect(normalizeChinese(text)).toBe(text);
  });
});
