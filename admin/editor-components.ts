/**
 * One editor component per MDX component editors may use (src/components/mdx/): the form that
 * inserts it, the exact text it writes, how that text is recognised again, and how the preview
 * shows it. Adding a component to src/components/mdx/ without adding it here fails a unit test.
 */

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
  /** HTML shown in the preview; mirrors the markup and classes of the .astro component. */
  toPreview: (data: Record<string, string | undefined>) => string;
}

/** Attribute values are written between double quotes; a quote inside becomes a Chinese one. */
const attr = (value: string | undefined) => (value ?? '').trim().replace(/"/g, '”');
const escapeHtml = (value: string | undefined) =>
  (value ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

const CALLOUT_TYPES = [
  { value: 'info', label: '说明' },
  { value: 'tip', label: '提示' },
  { value: 'warning', label: '注意' },
  { value: 'important', label: '重要' },
] as const;

const CALLOUT_CLASSES: Record<string, string> = {
  info: 'border-sky-600 bg-sky-50',
  tip: 'border-emerald-600 bg-emerald-50',
  warning: 'border-amber-600 bg-amber-50',
  important: 'border-accent bg-accent-soft',
};

export const callout: EditorComponent = {
  id: 'Callout',
  label: '提示框',
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
  toPreview: ({ type = 'info', title, body }) => {
    const label = title?.trim() || CALLOUT_TYPES.find((t) => t.value === type)?.label || '说明';
    const paragraphs = (body ?? '')
      .split(/\n{2,}/)
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join('');
    return `<aside class="not-prose my-6 rounded-lg border-l-4 px-5 py-4 text-[15px] leading-relaxed ${CALLOUT_CLASSES[type] ?? CALLOUT_CLASSES.info}"><p class="mb-1 font-semibold text-ink">${escapeHtml(label)}</p><div class="text-ink">${paragraphs}</div></aside>`;
  },
};

export const figure: EditorComponent = {
  id: 'Figure',
  label: '图片',
  fields: [
    { name: 'src', label: '图片', widget: 'image', hint: '上传或选择媒体库中的图片。' },
    { name: 'alt', label: '图片描述', widget: 'string', hint: '为视障读者描述图片内容。' },
    { name: 'caption', label: '图注', widget: 'string', required: false },
  ],
  pattern: /^<Figure src="([^"]*)" alt="([^"]*)"(?: caption="([^"]*)")? \/>/,
  fromBlock: (match) => ({ src: match[1] ?? '', alt: match[2] ?? '', caption: match[3] ?? '' }),
  toBlock: ({ src, alt, caption }) =>
    `<Figure src="${attr(src)}" alt="${attr(alt)}"${caption?.trim() ? ` caption="${attr(caption)}"` : ''} />`,
  toPreview: ({ src, alt, caption }) =>
    `<figure class="my-8"><img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}" class="mx-auto h-auto max-w-full rounded-lg" />${caption ? `<figcaption class="mt-2 text-center text-sm text-muted">${escapeHtml(caption)}</figcaption>` : ''}</figure>`,
};

const QUOTE_LANGS = [
  { value: '', label: '简体中文' },
  { value: 'zh-Hant', label: '繁体中文' },
  { value: 'en', label: '英文' },
] as const;

export const quote: EditorComponent = {
  id: 'Quote',
  label: '引文',
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
  toPreview: ({ lang, cite, body }) => {
    const paragraphs = (body ?? '')
      .split(/\n{2,}/)
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join('');
    const langAttr = lang?.trim() ? ` lang="${escapeHtml(lang)}"` : '';
    return `<figure class="not-prose my-6 border-l-4 border-gold bg-sunken px-5 py-4"><blockquote${langAttr} class="text-[17px] leading-relaxed text-ink">${paragraphs}</blockquote>${cite ? `<figcaption class="mt-2 text-sm text-muted">—— ${escapeHtml(cite)}</figcaption>` : ''}</figure>`;
  },
};

/** Every editor component, by MDX component name. */
export const EDITOR_COMPONENTS: readonly EditorComponent[] = [callout, figure, quote];
