/**
 * On a page opened from a search result (`?hl=…`), marks the query's words in the main content and
 * scrolls to the first one. Text is compared in Simplified form, so 備份 on the page matches 备份.
 */
import { loadConverter, needsConversion } from './engine.ts';
import { findTerms } from '../excerpt.ts';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'MARK']);

function textNodes(root: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement && !SKIP.has(node.parentElement.tagName) && !node.parentElement.closest('[hidden], nav')
        ? NodeFilter.FILTER_ACCEPT
        : NodeFilter.FILTER_REJECT,
  });
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

export async function highlightFromUrl() {
  const query = new URLSearchParams(location.search).get('hl')?.trim();
  const root = document.querySelector('[data-pagefind-body]') ?? document.querySelector('main');
  if (!query || !root) return;
  const terms = query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  const nodes = textNodes(root);
  const convert = nodes.some((n) => needsConversion(n.data)) ? await loadConverter() : undefined;
  // Only the reader's words are marked, never parts of them (the index's character pairs).
  const marks = markTerms(nodes, terms, convert);
  marks[0]?.scrollIntoView({ block: 'center' });
}

function markTerms(nodes: Text[], terms: string[], convert?: (text: string) => string): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const node of nodes) {
    // Character-for-character conversion keeps offsets; skip the rare phrase that changes length.
    const simplified = convert && needsConversion(node.data) ? convert(node.data) : node.data;
    const comparable = simplified.length === node.data.length ? simplified : node.data;
    const inNode: HTMLElement[] = [];
    for (const [start, end] of findTerms(comparable, terms).reverse()) {
      const hit = node.splitText(start);
      hit.splitText(end - start);
      const mark = document.createElement('mark');
      mark.dataset.searchHit = '';
      mark.className = 'rounded-sm bg-gold/30 text-ink';
      hit.replaceWith(mark);
      mark.append(hit);
      inNode.unshift(mark);
    }
    marks.push(...inNode);
  }
  return marks;
}
