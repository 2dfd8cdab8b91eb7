/**
 * The word segmenter for keyword extraction: jieba (`@node-rs/jieba`, a native module with its
 * dictionary) with the domain terms added, so 三会一课 and 主题党日 stay whole. When the native
 * module cannot load on a platform, Node's `Intl.Segmenter` takes over, with the domain terms
 * cut out first so they stay whole there too.
 */
import type { Segment } from './keywords.ts';

/** Segments with `Intl.Segmenter`, keeping every domain term as one word. */
export function intlSegmenter(terms: readonly string[]): Segment {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const sorted = [...new Set(terms)].filter(Boolean).sort((a, b) => b.length - a.length);
  const pattern = sorted.length
    ? new RegExp(`(${sorted.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'u')
    : undefined;
  const words = (text: string) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
  return (text) => {
    if (!pattern) return words(text);
    return text.split(pattern).flatMap((part, i) => (i % 2 === 1 ? [part] : words(part)));
  };
}

/** Segments with jieba and its default dictionary plus the domain terms. */
export async function jiebaSegmenter(terms: readonly string[]): Promise<Segment> {
  const { Jieba } = await import('@node-rs/jieba');
  const { dict } = await import('@node-rs/jieba/dict');
  const jieba = Jieba.withDict(dict);
  // A high frequency makes jieba prefer the whole term over its parts.
  const extra = terms.filter((t) => t && !/\s/.test(t)).map((t) => `${t} 100000 n`);
  if (extra.length) jieba.loadDict(Buffer.from(extra.join('\n')));
  return (text) => jieba.cut(text, true);
}

/** jieba when it loads, else `Intl.Segmenter`; `warn` hears why jieba was not used. */
export async function createSegmenter(
  terms: readonly string[],
  warn: (message: string) => void = console.warn,
): Promise<Segment> {
  try {
    return await jiebaSegmenter(terms);
  } catch (error) {
    warn(`jieba 不可用，改用 Intl.Segmenter / jieba unavailable, using Intl.Segmenter: ${(error as Error).message}`);
    return intlSegmenter(terms);
  }
}
