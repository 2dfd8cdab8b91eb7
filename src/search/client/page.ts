/**
 * The /search/ page: query, filters and sort live in the URL (shareable; Back and Forward replay
 * them), results come ten at a time, filter menus show how many results each value has.
 */
import { el } from '../../lib/dom.ts';
import { SEARCH_FILTERS, type SearchFilterKey } from '../filters.ts';
import { allFilters, search, SearchUnavailable, type SearchResponse } from './engine.ts';
import { resultWithThumbnail } from './render.ts';
import { createSearchReporter } from './report.ts';

const PAGE = 10;
const DELAY = 250;

interface State {
  q: string;
  filters: Partial<Record<SearchFilterKey, string>>;
  byDate: boolean;
}

function readUrl(): State {
  const params = new URLSearchParams(location.search);
  const filters: State['filters'] = {};
  for (const { key } of SEARCH_FILTERS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return { q: params.get('q')?.trim() ?? '', filters, byDate: params.get('sort') === 'date' };
}

function toUrl(state: State): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [key, value] of Object.entries(state.filters)) if (value) params.set(key, value);
  if (state.byDate) params.set('sort', 'date');
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

export function startSearchPage() {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]')!;
  const input = form.querySelector<HTMLInputElement>('[data-search-page-input]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('[data-search-filter]')];
  const sort = form.querySelector<HTMLSelectElement>('[data-search-sort]')!;
  const status = document.querySelector<HTMLElement>('[data-search-page-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-list]')!;
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const empty = document.querySelector<HTMLElement>('[data-search-empty]')!;
  const emptyFilters = empty.querySelector<HTMLElement>('[data-search-empty-filters]')!;
  let generation = 0;
  const reporter = createSearchReporter();
  let timer: number | undefined;
  let response: SearchResponse | undefined;
  let shown = 0;
  let totals: Record<string, Record<string, number>> | undefined;

  const current = (): State => ({
    q: input.value.trim(),
    filters: Object.fromEntries(selects.map((s) => [s.dataset.searchFilter, s.value]).filter(([, v]) => v)),
    byDate: sort.value === 'date',
  });

  /** Fills each filter menu with its values; counts are among the current results. */
  const fillMenus = (counts: Record<string, Record<string, number>>, state: State) => {
    for (const menu of selects) {
      const key = menu.dataset.searchFilter as SearchFilterKey;
      const values = Object.keys(totals?.[key] ?? {}).sort((a, b) =>
        key === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'zh-CN'),
      );
      const chosen = state.filters[key] ?? '';
      const options = [new Option('全部', '')];
      for (const value of values) {
        const count = counts[key]?.[value] ?? 0;
        options.push(new Option(`${value}（${count}）`, value));
      }
      menu.replaceChildren(...options);
      menu.value = chosen;
    }
  };

  const showMore = async () => {
    if (!response) return;
    const mine = generation;
    const batch = await response.page(shown, shown + PAGE);
    if (mine !== generation) return;
    for (const data of batch) {
      const item = el('li', 'flex gap-4 py-4');
      item.append(...resultWithThumbnail(data, response.query));
      list.append(item);
    }
    shown += batch.length;
    more.hidden = shown >= response.total;
  };

  /** `report`: false for the query the page was opened with (the dialog or a link already counted it). */
  const run = async (state: State, report = true) => {
    const mine = ++generation;
    const filtered = Object.keys(state.filters).length > 0;
    document.title = state.q ? `“${state.q}”的搜索结果 - ${document.title.split(' - ').pop()}` : document.title;
    if (!state.q && !filtered) {
      list.replaceChildren();
      more.hidden = true;
      empty.hidden = true;
      status.textContent = '输入关键词开始搜索，支持简体和繁体，可以按类型、栏目、支部和年份筛选。';
      return;
    }
    status.textContent = '正在搜索……';
    try {
      const filters = Object.fromEntries(Object.entries(state.filters).map(([k, v]) => [k, [v]]));
      // The filter menus' totals and the search load side by side (a Traditional query also loads the converter).
      const [all, next] = await Promise.all([
        totals ?? allFilters(),
        search(state.q, { filters, byDate: state.byDate }),
      ]);
      totals = all;
      if (mine !== generation) return;
      response = next;
      shown = 0;
      list.replaceChildren();
      fillMenus(next.filters, state);
      await showMore();
      empty.hidden = next.total > 0;
      emptyFilters.hidden = !filtered;
      if (report) reporter.settle(state.q, next.total);
      status.textContent = next.total
        ? `${state.q ? `“${state.q}”` : '筛选结果'}：共 ${next.total} 条${state.byDate ? '，按发布时间排列' : '，按相关度排列'}。`
        : `没有找到与“${state.q}”相关的内容。`;
    } catch (error) {
      if (mine !== generation) return;
      status.textContent = error instanceof SearchUnavailable ? error.message : '搜索出错了，请稍后再试。';
      if (!(error instanceof SearchUnavailable)) throw error;
    }
  };

  const apply = (state: State) => {
    input.value = state.q;
    sort.value = state.byDate ? 'date' : '';
    for (const menu of selects) {
      const value = state.filters[menu.dataset.searchFilter as SearchFilterKey] ?? '';
      if (value && ![...menu.options].some((o) => o.value === value)) menu.append(new Option(value, value));
      menu.value = value;
    }
  };

  /** Records the state in the URL: a new history entry for a settled change, else replaced. */
  const commit = (push: boolean) => {
    const state = current();
    const url = toUrl(state);
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
    void run(state);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    commit(true);
  });
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => commit(false), DELAY);
  });
  for (const menu of [...selects, sort]) menu.addEventListener('change', () => commit(true));
  more.addEventListener('click', () => void showMore());
  empty.querySelector('[data-search-clear]')?.addEventListener('click', () => {
    for (const menu of selects) menu.value = '';
    commit(true);
  });
  window.addEventListener('popstate', () => {
    const state = readUrl();
    apply(state);
    void run(state);
  });

  const initial = readUrl();
  apply(initial);
  void run(initial, false);
}
