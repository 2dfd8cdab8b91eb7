/**
 * The body in Decap's preview pane: Markdown rendered with raw HTML shown as text (markdown-it
 * without HTML, which also refuses `javascript:` links), and each registered component rendered
 * as the site renders it (admin/editor-components.ts, text escaped). Nothing typed can run.
 */
import MarkdownIt from 'markdown-it';
import { createElement as h } from 'react';
import { parseBody } from './body-model';
import { EDITOR_COMPONENTS } from './editor-components';

const markdown = MarkdownIt('commonmark', { html: false }).enable(['table', 'strikethrough']).disable('code');

/** The preview's HTML of a body. */
export function previewHtml(body: string): string {
  const parsed = parseBody(body);
  if (!parsed.ok) return markdown.render(body);
  return parsed.body.blocks
    .map(({ node, source }) => {
      const component = EDITOR_COMPONENTS.find((c) => c.id === node.attrs.name);
      return node.type.name === 'component' && component
        ? component.toPreview(node.attrs.data as Record<string, string>)
        : markdown.render(source);
    })
    .join('\n');
}

/** Decap's widget preview of the body. */
export function BodyPreview({ value }: { value?: unknown }) {
  return h('div', { dangerouslySetInnerHTML: { __html: previewHtml(typeof value === 'string' ? value : '') } });
}
