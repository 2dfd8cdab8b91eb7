import { slugify } from '../src/lib/slug.ts';

/** Longest pinyin part of a new file name, so URLs stay readable. */
const MAX_WORDS_LENGTH = 48;

const WORDS = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * The words of a title: the browser's word segmentation (ICU's dictionary), with runs of words
 * that make one of `terms` (the editors' domain dictionary, settings/topics.yml: 三会一课,
 * 专题党课 …) joined again, longest term first.
 */
export function titleWords(title: string, terms: readonly string[] = []): string[] {
  const pieces = [...WORDS.segment(title.normalize('NFKC'))].filter((s) => s.isWordLike).map((s) => s.segment);
  const known = new Set(terms);
  const longest = Math.max(0, ...terms.map((t) => t.length));
  const words: string[] = [];
  for (let i = 0; i < pieces.length;) {
    let end = i + 1;
    for (let j = i + 2, joined = pieces[i]! + pieces[i + 1]; j <= pieces.length; joined += pieces[j++] ?? '') {
      if (joined.length > longest) break;
      if (known.has(joined)) end = j;
    }
    words.push(pieces.slice(i, end).join(''));
    i = end;
  }
  return words;
}

/**
 * The pinyin of a title, cut to `max` characters between two words (never inside one: a long
 * title ending in 专题党课 loses the whole word, not 党课 alone). A first word longer than `max`
 * is cut between syllables.
 */
export function titleSlug(title: string, max = MAX_WORDS_LENGTH, terms: readonly string[] = []): string {
  let slug = '';
  for (const word of titleWords(title, terms)) {
    const part = slugify(word, Number.MAX_SAFE_INTEGER);
    if (!part) continue;
    const next = slug ? `${slug}-${part}` : part;
    if (next.length > max) return slug || slugify(word, max);
    slug = next;
  }
  return slug;
}

/**
 * The file name (entry id) of a new entry: its date and the pinyin of its title, e.g.
 * `2026-11-25-xue-xi-er-shi-da-jing-shen`. Entries without a date get the pinyin alone, and a
 * title with nothing readable falls back to the time of creation. Decap adds `-1`, `-2` … when
 * the name is taken, and keeps the name when the title changes later, so URLs are stable.
 */
export function entrySlug(
  data: { date?: unknown; title?: unknown; name?: unknown },
  now: Date,
  terms: readonly string[] = [],
): string {
  const title = typeof data.title === 'string' ? data.title : typeof data.name === 'string' ? data.name : '';
  const words = titleSlug(title, MAX_WORDS_LENGTH, terms);
  const day = typeof data.date === 'string' ? /^\d{4}-\d{2}-\d{2}/.exec(data.date)?.[0] : undefined;
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  return [day, words || (day ? undefined : `entry-${stamp}`)].filter(Boolean).join('-') || `entry-${stamp}`;
}
