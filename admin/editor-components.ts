/**
 * One editor component per MDX component editors may use (src/body/components.ts): the form that
 * inserts it, the exact text it writes, and how that text is recognised again. The preview shows
 * it with the site's own markup, rendered by the same definition the build uses. Adding a
 * component to src/body/components.ts without adding it here fails a unit test.
 */
import type { ElementContent } from 'hast';
import type { Nodes as MdastNodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { CALLOUT_LABELS, Callout, Figure, Quote } from '../src/body/components.ts';
import { MEDIA_FOLDER, PUBLIC_FOLDER } from './config.ts';

/** A form field of an editor component (the subset of Decap's widgets the insert form offers). */
export interface ComponentField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'select' | 'image';
  required?: boolean;
  hint?: string;
  options?: readonly { value: string; label: string }[];
  default?: string;
}

/** What an MDX component needs to be inserted and previewed without writing JSX by hand. */
export interface EditorComponent {
  /** The component's name in MDX (`<Callout>`), also Decap's editor-component id. */
  id: string;
  /** Button and form title (zh-CN). */
  label: string;
  fields: readonly ComponentField[];
  /** Recognises the component's text at the start of a block (no `m` flag: Decap forbids it). */
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => Record<string, string>;
  toBlock: (data: Record<string, string | undefined>) => string;
  /**
   * HTML shown in the preview: the component as the site renders it (text escaped). Decap passes
   * `getAsset`, which knows uploads the site does not serve yet (a draft's, or one just chosen).
   */
  toPreview: (data: Record<string, string | undefined>, getAsset?: GetAsset) => string;
}

/** Decap's asset lookup: a media path → an object whose string is a URL the preview can load. */
export type GetAsset = (path: string) => { toString: () => string } | undefined;

/**
 * The URL the preview shows an image from: Decap's copy of it (a blob: URL for an upload not yet
 * published, or read from the repository), or the path itself while Decap has none. Decap takes
 * a path starting with `/` for a URL it need not look up, so it is asked for the file in the
 * media folder instead (`/uploads/a.png` → `public/uploads/a.png`).
 */
export function previewUrl(src: string | undefined, getAsset: GetAsset | undefined): string | undefined {
  if (!src?.trim()) return src;
  // Decap's media library is the media folder itself: it looks a path up by its file name alone
  // (selectMediaFilePath), so a file in a subfolder (the starter covers) would be asked for at the
  // wrong place. Those are committed files the site serves; only uploads are Decap's to show.
  if (src.startsWith(`${PUBLIC_FOLDER}/`) && src.slice(PUBLIC_FOLDER.length + 1).includes('/')) return src;
  const inRepo = src.startsWith(`${PUBLIC_FOLDER}/`) ? `${MEDIA_FOLDER}${src.slice(PUBLIC_FOLDER.length)}` : src;
  const url = getAsset?.(inRepo)?.toString();
  return url || src;
}

/** Attribute values are written between double quotes; a quote inside becomes a Chinese one. */
const attr = (value: string | undefined) => (value ?? '').trim().replace(/"/g, '”');
/** Raw HTML in a component's Markdown is shown as the text it is (the build's rules judge it, not the preview). */
function htmlAsText<T extends MdastNodes>(node: T): T {
  if (node.type === 'html') return { type: 'text', value: node.value } as unknown as T;
  if ('children' in node) return { ...node, children: node.children.map((c) => htmlAsText(c)) } as T;
  return node;
}
/** A text field's Markdown (bold, lists, links …) as the HTML the site renders it to. */
export function markdownContent(body: string | undefined): ElementContent[] {
  const tree = toHast(htmlAsText(fromMarkdown(body ?? '')));
  return tree.type === 'root' ? (tree.children as ElementContent[]) : [tree as ElementContent];
}
/** Empty form fields are absent props, as in the text the form writes. */
const present = (value: string | undefined) => (value?.trim() ? value : undefined);

const CALLOUT_TYPES = Object.entries(CALLOUT_LABELS).map(([value, label]) => ({ value, label }));

export const callout: EditorComponent = {
  id: Callout.name,
  label: Callout.label,
  fields: [
    { name: 'type', label: '类型', widget: 'select', options: CALLOUT_TYPES, default: 'info' },
    { name: 'title', label: '标题', widget: 'string', required: false, hint: '可选，留空时显示类型名称。' },
    { name: 'body', label: '内容', widget: 'text', hint: '可以使用 Markdown。' },
  ],
  pattern: /^<Callout(?: type="([a-z]+)")?(?: title="([^"]*)")?>\n\n([\s\S]*?)\n\n<\/Callout>/,
  fromBlock: (match) => ({ type: match[1] ?? 'info', title: match[2] ?? '', body: match[3] ?? '' }),
  toBlock: ({ type, title, body }) => {
    const attrs = [
      type && type !== 'info' ? ` type="${attr(type)}"` : '',
      title?.trim() ? ` title="${attr(title)}"` : '',
    ];
    return `<Callout${attrs.join('')}>\n\n${(body ?? '').trim()}\n\n</Callout>`;
  },
  toPreview: ({ type, title, body }) => toHtml(Callout.render({ type, title: present(title) }, markdownContent(body))),
};

export const figure: EditorComponent = {
  id: Figure.name,
  label: Figure.label,
  fields: [
    { name: 'src', label: '图片', widget: 'image', hint: '上传或选择媒体库中的图片。' },
    { name: 'alt', label: '图片描述', widget: 'string', hint: '为视障读者描述图片内容。' },
    { name: 'caption', label: '图注', widget: 'string', required: false },
  ],
  pattern: /^<Figure src="([^"]*)" alt="([^"]*)"(?: caption="([^"]*)")? \/>/,
  fromBlock: (match) => ({ src: match[1] ?? '', alt: match[2] ?? '', caption: match[3] ?? '' }),
  toBlock: ({ src, alt, caption }) =>
    `<Figure src="${attr(src)}" alt="${attr(alt)}"${caption?.trim() ? ` caption="${attr(caption)}"` : ''} />`,
  toPreview: ({ src, alt, caption }, getAsset) =>
    toHtml(Figure.render({ src: previewUrl(src, getAsset), alt, caption: present(caption) }, [])),
};

const QUOTE_LANGS = [
  { value: '', label: '简体中文' },
  { value: 'zh-Hant', label: '繁体中文' },
  { value: 'en', label: '英文' },
] as const;

export const quote: EditorComponent = {
  id: Quote.name,
  label: Quote.label,
  fields: [
    { name: 'body', label: '引文', widget: 'text', hint: '原文照录，可以使用 Markdown。' },
    { name: 'cite', label: '出处', widget: 'string', required: false, hint: '谁说的、出自哪里。' },
    {
      name: 'lang',
      label: '语言',
      widget: 'select',
      options: QUOTE_LANGS,
      default: '',
      hint: '繁体或外文引文请选择语言，读屏软件和搜索会据此处理。',
    },
  ],
  pattern: /^<Quote(?: lang="([A-Za-z-]+)")?(?: cite="([^"]*)")?>\n\n([\s\S]*?)\n\n<\/Quote>/,
  fromBlock: (match) => ({ lang: match[1] ?? '', cite: match[2] ?? '', body: match[3] ?? '' }),
  toBlock: ({ lang, cite, body }) => {
    const attrs = [lang?.trim() ? ` lang="${attr(lang)}"` : '', cite?.trim() ? ` cite="${attr(cite)}"` : ''];
    return `<Quote${attrs.join('')}>\n\n${(body ?? '').trim()}\n\n</Quote>`;
  },
  toPreview: ({ lang, cite, body }) =>
    toHtml(Quote.render({ lang: present(lang), cite: present(cite) }, markdownContent(body))),
};

/** Every editor component, by MDX component name. */
export const EDITOR_COMPONENTS: readonly EditorComponent[] = [callout, figure, quote];
