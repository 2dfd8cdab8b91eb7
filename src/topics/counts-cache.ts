/**
 * Keyword counts of texts kept between builds: segmenting every article with jieba is most of the
 * hot-topics work (≈1 ms a text), and after one edit all but one text are the same. Entries are
 * keyed by a digest of the text; the whole file is dropped when anything else that decides the
 * counts changes (`salt`: the editors' terms and stop words, the tokenizer's code). Only the texts
 * of the current build are written back, so the file never outgrows the site.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { KeywordCounts } from './keywords.ts';

interface CacheFile {
  salt: string;
  entries: Record<string, KeywordCounts>;
}

export interface CountsCache {
  counts: (text: string) => KeywordCounts;
  /** How many texts were counted, and how many came from the cache. */
  stats: () => { counted: number; reused: number };
  /** Writes the counts of this build's texts (a missing or unwritable file only costs time). */
  save: () => void;
}

/** The modules that decide a text's keyword counts (the segmenter, the tokenizer, the counting). */
export const COUNTING_CODE = ['src/topics/keywords.ts', 'src/topics/segmenter.ts'];

export function countsCache(file: string, salt: string, count: (text: string) => KeywordCounts): CountsCache {
  const saltDigest = createHash('sha256').update(salt).digest('hex');
  let previous: Record<string, KeywordCounts> = {};
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    if (parsed.salt === saltDigest && typeof parsed.entries === 'object') previous = parsed.entries;
  } catch {
    // No cache yet, or a broken one: count everything.
  }
  const next: Record<string, KeywordCounts> = {};
  let counted = 0;
  let reused = 0;
  return {
    counts: (text) => {
      const key = createHash('sha1').update(text).digest('base64url');
      const known = next[key] ?? previous[key];
      if (known) reused++;
      else counted++;
      return (next[key] = known ?? count(text));
    },
    stats: () => ({ counted, reused }),
    save: () => {
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(`${file}.tmp`, JSON.stringify({ salt: saltDigest, entries: next } satisfies CacheFile));
        renameSync(`${file}.tmp`, file);
      } catch {
        // A read-only checkout: the next build counts again.
      }
    },
  };
}
