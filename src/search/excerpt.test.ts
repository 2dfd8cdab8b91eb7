import { describe, expect, it } from 'vitest';
import { encodeText } from './bigrams.ts';
import { readExcerpt, readTitle, unescapeHtml } from './excerpt.ts';

/** An excerpt as Pagefind builds it: encoded words, the given ones in <mark>. */
const excerpt = (text: string, marked: (word: string) => boolean) =>
  encodeText(text)
    .split(' ')
    .map((w) => (marked(w) ? `<mark>${w}</mark>` : w))
    .join(' ');

const show = (segments: { text: string; mark: boolean }[]) =>
  segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('readExcerpt', () => {
  it('marks exactly the reader’s phrase, not the pairs Pagefind marked', () => {
    const html = excerpt('床前明月光，疑是地上霜。', (w) => ['疑是', '是地', '地上', '上霜'].includes(w));
    expect(show(readExcerpt(html, ['疑是地上霜']))).toBe('床前明月光，[疑是地上霜]。');
  });

  it('marks a single character where Pagefind marked the pairs it begins', () => {
    const html = excerpt('党员和党组织', (w) => w.startsWith('党'));
    expect(show(readExcerpt(html, ['党']))).toBe('[党]员和[党]组织');
  });

  it('marks every term of a mixed query, case-insensitively', () => {
    const html = excerpt('PLC编程实训 2026 年', () => false);
    expect(show(readExcerpt(html, ['plc编程', '2026']))).toBe('[PLC编程]实训 [2026] 年');
  });

  it('keeps Pagefind’s marks on Latin words found by their stem, never on Han pairs', () => {
    const html = excerpt('the lesson 课程', (w) => w === 'lesson' || w === '课程');
    expect(show(readExcerpt(html, ['lessons']))).toBe('the [lesson] 课程');
  });

  it('reads character references and drops any other markup', () => {
    expect(show(readExcerpt('A &amp; <b>B</b> &lt; 党 ， 史 &gt;', ['&']))).toBe('A [&] B <党，史>');
    expect(unescapeHtml('&#x515A;&#21490;&quot;')).toBe('党史"');
  });
});

describe('readTitle', () => {
  it('reads an encoded section title back', () => {
    expect(readTitle(encodeText('附件：实施细则（2026.pdf）'))).toBe('附件：实施细则（2026.pdf）');
  });
});
