import { COLLECTIONS } from '../model/collections.ts';
import { isoDate } from '../lib/date.ts';
import type { SearchFilterKey } from './filters.ts';

/** The collections a reader can search, by name; the content-type filter shows their labels. */
export type SearchType = (typeof COLLECTIONS)[number]['name'];

export interface SearchMetaInput {
  type: SearchType;
  /** Category label (articles), or a kind label (materials, activities). */
  category?: string;
  /** Branch name. */
  branch?: string;
  date?: Date;
  /** Cover path (`/uploads/…`): the result list shows it as a thumbnail. */
  cover?: string;
}

/**
 * What Pagefind records for a page: filters (with counts in the UI), metadata shown on each result,
 * and the `date` sort key. Labels come from the content model, so a renamed category is renamed here too.
 */
export function searchMeta({ type, category, branch, date }: Omit<SearchMetaInput, 'cover'>) {
  const typeLabel = COLLECTIONS.find((c) => c.name === type)?.label ?? type;
  const day = date ? isoDate(date) : undefined;
  const filters: Partial<Record<SearchFilterKey, string>> = {
    type: typeLabel,
    category,
    branch,
    year: day?.slice(0, 4),
  };
  const meta: Record<string, string | undefined> = { type: typeLabel, category, branch, date: day };
  return {
    filters: Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1])),
    meta: Object.entries(meta).filter((e): e is [string, string] => Boolean(e[1])),
    sort: day ? [['date', day] as const] : [],
  };
}
