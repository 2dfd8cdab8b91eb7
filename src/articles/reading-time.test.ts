import { describe, expect, it } from 'vitest';
import { countReadable, readingMinutes } from './reading-time.ts';

describe('countReadable', () => {
  it('counts Chinese characters one by one and Latin words as words', () => {
    expect(countReadable('学习 PLC 编程和 AI 技术')).toEqual({ cjk: 7, words: 2 });
  });

  it('ignores markup: headings, link targets, component tags', () => {
    const md = '## 一、标题\n\n见[通知](https://example.org/a-long-url)。\n\n<Callout type="tip">提示</Callout>';
    expect(countReadable(md)).toEqual({ cjk: 8, words: 0 }); // 一标题 见通知 提示
  });
});

describe('readingMinutes', () => {
  it('reads about 400 Chinese characters a minute', () => {
    expect(readingMinutes('字'.repeat(400))).toBe(1);
    expect(readingMinutes('字'.repeat(401))).toBe(2);
    expect(readingMinutes('字'.repeat(2100))).toBe(6);
  });

  it('is at least one minute, even for an empty body', () => {
    expect(readingMinutes('')).toBe(1);
  });
});
