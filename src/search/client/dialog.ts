/**
 * The quick-search dialog (Ctrl/⌘-K or `/` on every page): a combobox whose listbox shows the
 * first results as the reader types. Arrow keys move, Enter opens, Esc closes; Enter with nothing
 * chosen opens the full search page.
 */
import { search, SearchUnavailable, type PagefindData } from './engine.ts';
import { el } from '../../lib/dom.ts';
import { excerptFragment, formatIsoDate, thumbnail, withHighlight } from './render.ts';
import { createSearchReporter } from './report.ts';

const LIMIT = 8;
const DELAY = 120;

let ready = false;

function setup(dialog: HTMLDialogElement) {
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]')!;
  const list = dialog.querySelector<HTMLUListElement>('[data-search-results]')!;
  const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
  const all = dialog.querySelector<HTMLAnchorElement>('[data-search-all]')!;
  const suggestions = dialog.querySelector<HTMLElement>('[data-search-suggestions]');
  const searchPage = all.pathname;
  const reporter = createSearchReporter();
  let timer: number | undefined;
  let generation = 0;
  let urls: string[] = [];
  let active = -1;

  const setActive = (index: number) => {
    const options = list.querySelectorAll<HTMLElement>('[role="option"]');
    active = options.length ? (index + options.length) % options.length : -1;
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    const current = options[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const option = (data: PagefindData, index: number, query: string) => {
    const li = el(
      'li',
      'flex cursor-pointer gap-3 rounded-lg px-3 py-2.5 aria-selected:bg-accent-soft hover:bg-sunken',
    );
    li.id = `quick-search-option-${index}`;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    const facts = [data.meta.type, data.meta.category, data.meta.branch, formatIsoDate(data.meta.date)];
    const excerpt = el(
      'span',
      'mt-1 line-clamp-2 block text-sm text-muted [&_mark]:bg-transparent [&_mark]:font-semibold [&_mark]:text-accent',
    );
    excerpt.append(excerptFragment(data.excerpt, query));
    const text = el('span', 'block min-w-0 flex-1');
    text.append(
      el('span', 'block font-semibold text-ink', data.meta.title ?? data.url),
      el('span', 'mt-0.5 block text-xs text-muted', facts.filter(Boolean).join(' · ')),
      excerpt,
    );
    li.append(text, ...thumbnail(data, 'w-16'));
    li.addEventListener('click', () => {
      reporter.flush();
      location.assign(urls[index]!);
    });
    li.addEventListener('mousemove', () => active !== index && setActive(index));
    urls[index] = withHighlight(data.url, query);
    return li;
  };

  const run = async () => {
    const query = input.value.trim();
    const mine = ++generation;
    all.href = query ? `${searchPage}?q=${encodeURIComponent(query)}` : searchPage;
    if (suggestions) suggestions.hidden = query !== '';
    if (!query) {
      reporter.settle('', 0);
      list.replaceChildren();
      input.setAttribute('aria-expanded', 'false');
      status.textContent = '输入关键词，支持简体和繁体。';
      return;
    }
    status.textContent = '正在搜索……';
    try {
      const response = await search(query);
      const results = await response.page(0, LIMIT);
      if (mine !== generation) return;
      urls = [];
      list.replaceChildren(...results.map((data, i) => option(data, i, response.query)));
      input.setAttribute('aria-expanded', String(results.length > 0));
      active = -1;
      input.removeAttribute('aria-activedescendant');
      reporter.settle(query, response.total);
      status.textContent = response.total
        ? `找到 ${response.total} 条结果${response.total > LIMIT ? `，显示前 ${LIMIT} 条` : ''}。上下键选择，回车打开。`
        : `没有找到与“${query}”相关的内容。试试更短的关键词，或换一个说法。`;
    } catch (error) {
      if (mine !== generation) return;
      list.replaceChildren();
      status.textContent = error instanceof SearchUnavailable ? error.message : '搜索出错了，请稍后再试。';
      if (!(error instanceof SearchUnavailable)) throw error;
    }
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(run, DELAY);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      reporter.flush();
      location.assign(active >= 0 ? urls[active]! : all.href);
    }
  });
  for (const button of suggestions?.querySelectorAll<HTMLButtonElement>('[data-search-suggestion]') ?? []) {
    button.addEventListener('click', () => {
      input.value = button.dataset.searchSuggestion ?? '';
      input.focus();
      void run();
    });
  }
  dialog.addEventListener('close', () => reporter.flush());
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
}

export function openDialog() {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  if (!dialog) return;
  if (!ready) {
    setup(dialog);
    ready = true;
  }
  if (!dialog.open) dialog.showModal();
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]')!;
  input.focus();
  input.select();
}
