import { mdxToMdast } from 'satteri';

export { escapeText, htmlToMarkdown } from './html-to-markdown.ts';

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
