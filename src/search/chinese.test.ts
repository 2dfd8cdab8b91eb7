import { describe, expect, it } from 'vitest';
import { toSimplified, traditionalTriggers } from './chinese';

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

describe('traditionalTriggers', () => {
  const triggers = new Set(traditionalTriggers());

  it('holds the Traditional characters and the first character of Simplified-looking phrases', () => {
    for (const char of '黨學習備網資') expect(triggers.has(char), char).toBe(true);
    expect(toSimplified('程式')).not.toBe('程式');
    expect(triggers.has('程')).toBe(true);
  });

  it('leaves out everyday Simplified characters, so most queries need no converter', () => {
    for (const char of '党学习备份网络资料会课') expect(triggers.has(char), char).toBe(false);
  });

  it('is complete: no text without a trigger is changed by the converter', () => {
    const sample = '关于做好发展党员工作的通知各党支部要认真落实三会一课制度加强组织生活信息化建设';
    const free = [...sample].filter((c) => !triggers.has(c)).join('');
    expect(toSimplified(free)).toBe(free);
  });
});
