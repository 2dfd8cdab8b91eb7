/**
 * The search beacon: `<base>_s/?q=…&n=…`, one request per settled query. The trailing slash
 * matches the site's URL style, so `astro preview` and a plain static server answer it from
 * the empty `public/_s/index.html`; nginx answers it with 204 (README, "Hot topics").
 */

/** Path of the beacon, relative to the base. */
export const SEARCH_BEACON_PATH = '_s/';

/** Whether a base-relative path is the beacon (with or without its trailing slash). */
export const isSearchBeacon = (path: string): boolean => path === SEARCH_BEACON_PATH || path === '_s';

/** Decodes a form-encoded query value ('+' is a space); undefined when the encoding is broken. */
export function decodeQueryValue(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** Folds a search term for counting: trimmed, inner spaces collapsed, Latin letters lower-cased. */
export function normalizeTerm(term: string): string {
  return term.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase().slice(0, 64);
}

/** A reported search: the term, and whether it found nothing. */
export interface SearchReport {
  term: string;
  zero: boolean;
}

/**
 * Reads a search report from a base-relative request target such as `_s/?q=%E4%B8%89%E4%BC%9A&n=0`;
 * undefined for any other target or an empty term.
 */
export function extractSearch(target: string): SearchReport | undefined {
  const [path, query = ''] = splitTarget(target);
  if (!isSearchBeacon(path)) return undefined;
  let term: string | undefined;
  let zero = false;
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    const value = eq < 0 ? '' : pair.slice(eq + 1);
    if (key === 'q') term = decodeQueryValue(value);
    else if (key === 'n') zero = value === '0';
  }
  const normalized = term === undefined ? '' : normalizeTerm(term);
  return normalized ? { term: normalized, zero } : undefined;
}

/** Splits a request target into path and query string (without '?', fragment dropped). */
export function splitTarget(target: string): [path: string, query?: string] {
  const hash = target.indexOf('#');
  const clean = hash < 0 ? target : target.slice(0, hash);
  const q = clean.indexOf('?');
  return q < 0 ? [clean] : [clean.slice(0, q), clean.slice(q + 1)];
}

/** The beacon URL for a settled query under the site's base: `<base>_s/?q=…&n=<results>`. */
export function searchReportUrl(base: string, term: string, results: number): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${SEARCH_BEACON_PATH}?q=${encodeURIComponent(term)}&n=${results}`;
}
