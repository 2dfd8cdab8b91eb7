/**
 * HTML to MDX-safe Markdown, the importer's cleaning of Word and web-page HTML (turndown with
 * GitHub tables; scripts, styles, forms and navigation dropped; inline styles, fonts and spans
 * reduced to their text). No Node-only dependency: the CMS's visual editor cleans pasted HTML
 * with the same function in the browser.
 */
import { gfm } from '@joplin/turndown-plugin-gfm';
import TurndownService from 'turndown';

/** Word's comment anchors and marks (`MsoCommentReference`, `mso-special-character:comment`). */
const WORD_COMMENTS =
  '.MsoCommentReference, [style*="mso-comment-reference" i], [style*="mso-special-character:comment" i]';

/** Word's markup that carries no text: comment anchors, `<o:p>` and other Office-namespace elements. */
function dropWordJunk(root: Element) {
  for (const el of [...root.querySelectorAll(WORD_COMMENTS)]) el.remove();
  for (const el of [...root.querySelectorAll('*')]) {
    if (/^(o|v|w|m):/i.test(el.tagName)) el.replaceWith(...el.childNodes);
  }
}

/** The marker of a Word list paragraph reads as ordered (1. a) 一、 (1)) rather than a bullet. */
const ORDERED_MARKER = /^\s*[(（]?(?:\d+|[a-z]|[ivxlcdm]+|[一二三四五六七八九十]+)[.、)）]/i;
const WORD_LIST = /mso-list:\s*l\d+\s+level(\d+)/i;

/**
 * Word writes list items as paragraphs (`style="mso-list:l0 level1 lfo1"`) whose marker (`1.`, `·`)
 * is a separate `mso-list:Ignore` span. Runs of them become real `<ol>`/`<ul>` lists, nested by
 * level, before conversion.
 */
function wordLists(root: Element) {
  const doc = root.ownerDocument;
  let stack: { list: Element; level: number }[] = [];
  let last: Element | undefined;
  for (const p of [...root.querySelectorAll('p')]) {
    const level = Number(WORD_LIST.exec(p.getAttribute('style') ?? '')?.[1] ?? 0);
    if (!level) continue;
    const marker = p.querySelector('[style*="mso-list:Ignore" i], [style*="mso-list: Ignore" i]');
    const ordered = ORDERED_MARKER.test(marker?.textContent ?? '');
    marker?.remove();
    // A run continues when this paragraph directly follows the previous item's list.
    if (!last || last.nextElementSibling !== p) stack = [];
    while (stack.length && stack[stack.length - 1]!.level > level) stack.pop();
    let top = stack[stack.length - 1];
    if (!top || top.level < level) {
      const list = doc.createElement(ordered ? 'ol' : 'ul');
      if (top) (top.list.lastElementChild ?? top.list).append(list);
      else p.before(list);
      top = { list, level };
      stack.push(top);
    }
    const li = doc.createElement('li');
    li.append(...p.childNodes);
    top.list.append(li);
    last = stack[0]!.list;
    p.remove();
  }
}

/**
 * Text that MDX would read as JSX (`<`) or as a JavaScript expression (`{`, `}`): escaped so that
 * imported text can never run code or break the build.
 */
const MDX_SPECIAL = /[<>{}]/g;

function createTurndown(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '*',
    strongDelimiter: '**',
  });
  service.use(gfm);
  service.remove(['script', 'style', 'noscript', 'iframe', 'form', 'nav', 'aside', 'button', 'select', 'textarea']);
  const escapeMarkdown = service.escape.bind(service);
  service.escape = (text: string) => escapeMarkdown(text).replace(MDX_SPECIAL, '\\$&');
  return service;
}

const turndown = createTurndown();

/**
 * Converts an HTML fragment (an element's children) to MDX-safe Markdown: GitHub tables, fenced
 * code, ATX headings. A table without header cells (as Word writes them) gets its first row as the
 * header, rather than an empty one.
 */
export function htmlToMarkdown(root: Element): string {
  wordLists(root);
  dropWordJunk(root);
  for (const table of root.querySelectorAll('table')) {
    if (table.querySelector('th')) continue;
    const first = table.querySelector('tr');
    for (const cell of first ? [...first.querySelectorAll('td')] : []) {
      const th = cell.ownerDocument.createElement('th');
      th.innerHTML = cell.innerHTML;
      cell.replaceWith(th);
    }
  }
  return turndown.turndown(root.innerHTML);
}

/** Escapes plain text so that Markdown and MDX read it as text only (the same rules as HTML text). */
export const escapeText = (text: string): string => turndown.escape(text);
