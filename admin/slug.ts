import { slugify } from '../src/lib/slug';

/** Longest pinyin part of a new file name, so URLs stay readable. */
const MAX_WORDS_LENGTH = 48;

/**
 * The file name (entry id) of a new entry: its date and the pinyin of its title, e.g.
 * `2026-11-25-xue-xi-er-shi-da-jing-shen`. Entries without a date get the pinyin alone, and a
 * title with nothing readable falls back to the time of creation. Decap adds `-1`, `-2` … when
 * the name is taken, and keeps the name when the title changes later, so URLs are stable.
 */
export function entrySlug(data: { date?: unknown; title?: unknown; name?: unknown }, now: Date): string {
  const title = typeof data.title === 'string' ? data.title : typeof data.name === 'string' ? data.name : '';
  const words = slugify(title, MAX_WORDS_LENGTH);
  const day = typeof data.date === 'string' ? /^\d{4}-\d{2}-\d{2}/.exec(data.date)?.[0] : undefined;
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  return [day, words || (day ? undefined : `entry-${stamp}`)].filter(Boolean).join('-') || `entry-${stamp}`;
}
