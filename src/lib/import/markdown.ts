import { gfm } from '@joplin/turndown-plugin-gfm';
import { mdxToMdast } from 'satteri';
import TurndownService from 'turndown';

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

/** Node types that would make an MDX body more than Markdown: JSX, expressions, import/export. */
const CODE_NODES = /^mdx/;

/**
 * Checks that an MDX body is plain Markdown to the same parser the build uses (Sätteri): it must
 * parse, and hold no JSX element, expression or import/export. Returns the problems found.
 */
export function mdxProblems(body: string): string[] {
  let tree: unknown;
  try {
    tree = mdxToMdast(body);
  } catch (error) {
    return [`MDX does not parse: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  const visit = (node: { type: string; children?: unknown[]; position?: { start: { line: number } } }) => {
    if (CODE_NODES.test(node.type)) problems.push(`${node.type} at line ${node.position?.start.line ?? '?'}`);
    node.children?.forEach((child) => visit(child as typeof node));
  };
  visit(tree as Parameters<typeof visit>[0]);
  return problems;
}
