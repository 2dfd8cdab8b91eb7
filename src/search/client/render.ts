/**
 * Result rendering shared by the quick-search dialog and the search page. Everything from the
 * index is set as text; only Pagefind's <mark> elements are kept from its excerpts.
 */
import { formatDate, parseShanghaiDate } from '../../lib/date.ts';
import { el } from '../../lib/dom.ts';
import { readExcerpt, readTitle } from '../excerpt.ts';
import { queryPlan } from '../bigrams.ts';
import type { PagefindData } from '../query.ts';

/**
 * An excerpt as the reader's text (the index holds Han pairs, see ../bigrams.ts), with <mark>
 * around the query's words. Everything is set as text: nothing in the excerpt runs.
 */
export function excerptFragment(html: string, query: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const { text, mark } of readExcerpt(html, queryPlan(query).terms)) {
    if (mark) {
      const node = document.createElement('mark');
      node.textContent = text;
      fragment.append(node);
    } else fragment.append(text);
  }
  return fragment;
}

/** A result URL that makes the target page highlight the query: `?hl=` before any `#anchor`. */
export function withHighlight(url: string, query: string): string {
  const [path, hash] = url.split('#');
  const joiner = path!.includes('?') ? '&' : '?';
  return `${path}${joiner}hl=${encodeURIComponent(query)}${hash ? `#${hash}` : ''}`;
}

/** `2026-10-14` (a result's date, Beijing time) → `2026年10月14日`; nothing for a missing or bad date. */
export function formatIsoDate(iso: string | undefined): string {
  const date = parseShanghaiDate(iso?.slice(0, 10));
  return date ? formatDate(date) : '';
}

/** The facts line of a result: type · category · branch · date. */
export function metaLine(meta: Record<string, string>): HTMLElement {
  const line = el('p', 'mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted');
  line.append(el('span', 'rounded bg-accent-soft px-1.5 py-0.5 font-medium text-accent', meta.type ?? '页面'));
  for (const part of [meta.category, meta.branch]) if (part) line.append(el('span', '', part));
  const date = formatIsoDate(meta.date);
  if (date) {
    const time = el('time', '', date);
    time.dateTime = meta.date!;
    line.append(time);
  }
  return line;
}

/**
 * One result: title link, facts, highlighted excerpt, and the sections or attachments that matched
 * (Pagefind's sub-results; an attachment's section is titled 附件：…).
 */
export function resultBody(data: PagefindData, query: string, headingTag: 'h2' | 'h3' = 'h2'): HTMLElement[] {
  const heading = el(headingTag, 'text-base font-semibold leading-snug');
  const link = el('a', 'text-ink hover:text-accent hover:underline', data.meta.title ?? data.url);
  link.href = withHighlight(data.url, query);
  heading.append(link);
  const excerpt = el('p', 'mt-1.5 text-sm leading-relaxed text-muted [&_mark]:bg-accent-soft [&_mark]:text-accent');
  excerpt.append(excerptFragment(data.excerpt, query));
  const parts: HTMLElement[] = [heading, metaLine(data.meta), excerpt];
  const subs = (data.sub_results ?? [])
    .filter((s) => s.url.includes('#') && readTitle(s.title) !== data.meta.title)
    .slice(0, 2);
  if (subs.length) {
    const list = el('ul', 'mt-2 space-y-1 border-l-2 border-line pl-3 text-sm');
    for (const sub of subs) {
      const item = el('li', '');
      const a = el('a', 'text-accent hover:underline', readTitle(sub.title));
      a.href = withHighlight(sub.url, query);
      item.append(a);
      list.append(item);
    }
    parts.push(list);
  }
  return parts;
}

/** The size (CSS pixels, 16:9) a result's cover thumbnail is shown at; the index holds it at 2×. */
export const THUMBNAIL = { width: 96, height: 54 } as const;

/**
 * A result's cover as a small picture, when the page has one. It is decorative (the title says
 * what the page is), so it has empty alt text, and it loads lazily. `width` is a Tailwind width class.
 */
export function thumbnail(data: PagefindData, width: 'w-16' | 'w-24'): HTMLImageElement[] {
  if (!data.meta.image) return [];
  const image = el('img', `mt-1 aspect-video h-auto ${width} shrink-0 self-start rounded-md bg-sunken object-cover`);
  Object.assign(image, { src: data.meta.image, alt: '', width: THUMBNAIL.width, height: THUMBNAIL.height });
  image.loading = 'lazy';
  image.decoding = 'async';
  return [image];
}

/** A result with its cover, when the page has one: the text beside a small picture. */
export function resultWithThumbnail(data: PagefindData, query: string): HTMLElement[] {
  const text = el('div', 'min-w-0 flex-1');
  text.append(...resultBody(data, query));
  return [text, ...thumbnail(data, 'w-24')];
}
