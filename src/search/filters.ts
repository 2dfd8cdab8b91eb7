/** Search filters, kept free of imports so the browser code that needs them stays small. */

/** Filter keys, in the order the search page shows them, with their Chinese labels. */
export const SEARCH_FILTERS = [
  { key: 'type', label: '类型' },
  { key: 'category', label: '栏目' },
  { key: 'branch', label: '支部' },
  { key: 'year', label: '年份' },
] as const;

export type SearchFilterKey = (typeof SEARCH_FILTERS)[number]['key'];
