import { describe, expect, it } from 'vitest';
import { uploadName } from './uploads.ts';

const NOW = new Date('2026-11-25T01:30:15Z');

describe('uploadName', () => {
  it.each([
    ['学习 现场.JPG', 'xue-xi-xian-chang-20261125-093015.jpg'],
    ['photo.png', 'photo-20261125-093015.png'],
    ['第3讲 字幕.vtt', 'di-3-jiang-zi-mu-20261125-093015.vtt'],
    ['？？.pdf', 'file-20261125-093015.pdf'],
    ['README', 'readme-20261125-093015'],
  ])('%s → %s', (name, expected) => {
    expect(uploadName(name, NOW)).toBe(expected);
  });

  it('gives the same file chosen twice a different name, even within one second', () => {
    expect(uploadName('a.jpg', NOW)).not.toBe(uploadName('a.jpg', new Date(NOW.getTime() + 1000)));
    const taken = new Set(['a-20261125-093015.jpg', 'a-20261125-093015-2.jpg']);
    expect(uploadName('a.jpg', NOW, taken)).toBe('a-20261125-093015-3.jpg');
  });
});
