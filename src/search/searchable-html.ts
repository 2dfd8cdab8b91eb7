import { encodeHtml } from './bigrams.ts';
import { normalizeChinese } from './chinese.ts';
import { SHARD_FILTER } from './query.ts';

const BODY = /<[a-z]+\b[^>]*\bdata-pagefind-body\b[^>]*>/;
const H1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/;

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
  return encodeHtml(simplified).replace(
    BODY,
    (open) => `${open}<span data-pagefind-filter="${SHARD_FILTER}:${shard}"></span>${meta}`,
  );
}
