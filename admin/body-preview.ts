/**
 * The body in Decap's preview pane: Markdown rendered with raw HTML shown as text (markdown-it
 * without HTML, which also refuses `javascript:` links), and each registered component rendered
 * as the site renders it (admin/editor-components.ts, text escaped). Nothing typed can run.
 */
import MarkdownIt from 'markdown-it';
import { createElement as h } from 'react';
import { parseBody } from './body-model.ts';
import { EDITOR_COMPONENTS, type GetAsset, previewUrl } from './editor-components.ts';

/** A Markdown renderer whose images come from Decap's copy when it has one (a draft's upload). */
function markdownFor(getAsset: GetAsset | undefined) {
  const md = MarkdownIt('commonmark', { html: false }).enable(['table', 'strikethrough']).disable('code');
  const renderImage = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, index, options, env, self) => {
    const token = tokens[index]!;
    token.attrSet('src', previewUrl(token.attrGet('src') ?? '', getAsset) ?? '');
    return renderImage(tokens, index, options, env, self);
  };
  return md;
}

/**
 * The preview's HTML of a body. `getAsset` is Decap's lookup of uploads: an image uploaded to a
 * draft is shown from the CMS's copy, not asked of the site, which does not have it yet.
 */
export function previewHtml(body: string, getAsset?: GetAsset): string {
  const markdown = markdownFor(getAsset);
  const parsed = parseBody(body);
  if (!parsed.ok) return markdown.render(body);
  return parsed.body.blocks
    .map(({ node, source }) => {
      const component = EDITOR_COMPONENTS.find((c) => c.id === node.attrs.name);
      return node.type.name === 'component' && component
        ? component.toPreview(node.attrs.data as Record<string, string>, getAsset)
        : markdown.render(source);
    })
    .join('\n');
}

/** Decap's widget preview of the body. */
export function BodyPreview({ value, getAsset }: { value?: unknown; getAsset?: GetAsset }) {
  const html = previewHtml(typeof value === 'string' ? value : '', getAsset);
  return h('div', { dangerouslySetInnerHTML: { __html: html } });
}
