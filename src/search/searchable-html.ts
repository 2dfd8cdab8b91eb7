import { encodeHtml } from './bigrams.ts';
import { normalizeChinese } from './chinese.ts';
import { SHARD_FILTER } from './query.ts';

const BODY = /<[a-z]+\b[^>]*\bdata-pagefind-body\b[^>]*>/;
const H1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/;

/** A punctuation mark, after which a text needs no separator. */
const ENDS_CLAUSE = /[\p{P}]$/u;
/**
 * Ends of a label (`<dt>`), a value, an item, a cell or a heading. A heading's separator goes after
 * it: Pagefind titles sub-results with the heading's text, which must stay as written.
 */
const BLOCK_END = /<\/(dt|dd|li|td|th|caption|figcaption|h[1-6])>/g;

/**
 * Puts a separator where two blocks' texts would run together in the index's plain text (the facts
 * list of an activity: 时间 + 2026年… + 地点… → 时间：2026年…；地点：…): excerpts read as sentences,
 * and a phrase cannot match across the end of one block and the start of the next.
 */
export function separateBlocks(html: string): string {
  return html.replace(BLOCK_END, (close: string, tag: string, offset: number) => {
    const text = html
      .slice(Math.max(0, offset - 200), offset)
      .replace(/<[^>]*>/g, '')
      .trimEnd();
    if (!text || ENDS_CLAUSE.test(text)) return close;
    if (tag.startsWith('h')) return `${close}。`;
    return `${tag === 'dt' ? '：' : '；'}${close}`;
  });
}

/**
 * A page's HTML as Pagefind reads it: Simplified, its text encoded as Han pairs (bigrams.ts), tagged
 * with its shard (for date order), and titled with its first heading as written — Pagefind would
 * otherwise take the encoded heading as the result's title.
 */
export function searchableHtml(html: string, shard: number): string {
  const simplified = normalizeChinese(html);
  const title = H1.exec(simplified.slice(BODY.exec(simplified)?.index ?? 0))?.[1] ?? '';
  const text = title
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/"/g, '&quot;');
  const meta = text ? `<span data-pagefind-meta="title:${text}"></span>` : '';
  return encodeHtml(separateBlocks(simplified)).replace(
    BODY,
    (open) => `${open}<span data-pagefind-filter="${SHARD_FILTER}:${shard}"></span>${meta}`,
  );
}
