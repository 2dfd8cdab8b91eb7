/**
 * Reports each settled search to `<base>_s/?q=…&n=…`. The web server answers it with an empty
 * 204 and logs it; `npm run stats` turns the logs into 热门搜索 and the list of searches that
 * found nothing. A query counts as settled when the reader stops typing for a while, opens a
 * result or leaves the page; the same query is not reported twice in a row. No cookie, no id.
 */
import { searchReportUrl } from '../../topics/stats/search-terms.ts';

const SETTLE_MS = 1500;

export interface SearchReporter {
  /** The reader now sees `results` results for `query` (an empty query cancels). */
  settle(query: string, results: number): void;
  /** Reports the pending query now (before navigating away). */
  flush(): void;
}

export function createSearchReporter(
  send: (url: string) => void = (url) => void fetch(url, { keepalive: true, credentials: 'omit' }).catch(() => {}),
  base: string = import.meta.env.BASE_URL,
): SearchReporter {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: [string, number] | undefined;
  let last = '';
  const flush = () => {
    clearTimeout(timer);
    if (!pending) return;
    const [query, results] = pending;
    pending = undefined;
    if (query === last) return;
    last = query;
    send(searchReportUrl(base, query, results));
  };
  if (typeof window !== 'undefined') window.addEventListener('pagehide', flush);
  return {
    settle(query, results) {
      clearTimeout(timer);
      pending = query ? [query, results] : undefined;
      if (pending) timer = setTimeout(flush, SETTLE_MS);
    },
    flush,
  };
}
