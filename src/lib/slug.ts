import { pinyin } from 'pinyin-pro';

/** What a stable, ASCII URL segment looks like. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Turns any text, Chinese included, into an ASCII URL slug: Chinese characters become toneless
 * pinyin syllables (`三会一课` → `san-hui-yi-ke`), Latin letters and digits are kept, everything
 * else separates words.
 */
export function slugify(text: string, maxLength = 60): string {
  const syllables = pinyin(text.normalize('NFKC'), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const slug = syllables
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  return slug.slice(0, maxLength).replace(/-[^-]*$/, '') || slug.slice(0, maxLength);
}

/**
 * Gives each distinct label a unique slug. Homophones (`党员` and `党院` both read `dang-yuan`)
 * get a numeric suffix in the order they are first seen in the sorted label list, so URLs do not
 * depend on content order.
 */
export function uniqueSlugs(labels: Iterable<string>): Map<string, string> {
  const result = new Map<string, string>();
  const taken = new Set<string>();
  for (const label of [...new Set(labels)].sort()) {
    const base = slugify(label) || 'tag';
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    result.set(label, slug);
  }
  return result;
}
