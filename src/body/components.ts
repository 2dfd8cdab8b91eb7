/**
 * The components editors may use in MDX bodies (`<Callout>`, `<Figure>`, `<Quote>`), each defined
 * once: the props it takes and the HTML it renders to. The build renders bodies with these
 * (src/body/render.ts) and the CMS preview shows inserted components with the same markup
 * (admin/editor-components.ts), so site and preview cannot drift. Browser-safe: no Node imports.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';

/** One prop of a component, always written as a literal string (`type="tip"`). */
export interface PropSpec {
  name: string;
  /** What the prop is, in Chinese, for error messages. */
  label: string;
  required?: boolean;
  /** The only values allowed, when the prop is a choice. */
  values?: readonly string[];
  /** The value is a media path that must exist under public/ (`/uploads/…`). */
  media?: boolean;
}

/** A component editors may write in a body, and how it renders. */
export interface BodyComponent {
  /** The name written in MDX (`<Callout>`). */
  name: string;
  /** The name shown to editors (zh-CN). */
  label: string;
  props: readonly PropSpec[];
  /** Whether it wraps content (`<Callout>…</Callout>`) or stands alone (`<Figure … />`). */
  children: boolean;
  render: (props: Readonly<Record<string, string | undefined>>, children: ElementContent[]) => Element;
}

/** The kinds of callout and their default titles. */
export const CALLOUT_LABELS = { info: '说明', tip: '提示', warning: '注意', important: '重要' } as const;
type CalloutKind = keyof typeof CALLOUT_LABELS;

const CALLOUT_COLORS: Record<CalloutKind, string> = {
  info: 'border-sky-600 bg-sky-50 dark:border-sky-400 dark:bg-sky-950/40',
  tip: 'border-emerald-600 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950/40',
  warning: 'border-amber-600 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/40',
  important: 'border-accent bg-accent-soft',
};

const isCalloutKind = (value: string | undefined): value is CalloutKind => !!value && value in CALLOUT_LABELS;

/** A highlighted box: information, tip, warning or an important point. */
export const Callout: BodyComponent = {
  name: 'Callout',
  label: '提示框',
  props: [
    { name: 'type', label: '类型', values: Object.keys(CALLOUT_LABELS) },
    { name: 'title', label: '标题' },
  ],
  children: true,
  render: ({ type, title }, children) => {
    const kind = isCalloutKind(type) ? type : 'info';
    const heading = title ?? CALLOUT_LABELS[kind];
    return h(
      'aside',
      {
        class: `not-prose my-6 rounded-lg border-l-4 px-5 py-4 text-[15px] leading-relaxed ${CALLOUT_COLORS[kind]}`,
        'aria-label': heading,
      },
      [
        h('p', { class: 'mb-1 font-semibold text-ink' }, heading),
        h(
          'div',
          {
            class:
              'text-ink [&_a]:text-accent [&_a]:underline [&_li]:ml-5 [&_ol]:list-decimal [&_p+p]:mt-2 [&_ul]:list-disc',
          },
          children,
        ),
      ],
    );
  },
};

/** An image from the media library with a caption. */
export const Figure: BodyComponent = {
  name: 'Figure',
  label: '图片',
  props: [
    { name: 'src', label: '图片路径', required: true, media: true },
    { name: 'alt', label: '图片描述', required: true },
    { name: 'caption', label: '图注' },
  ],
  children: false,
  render: ({ src, alt, caption }) =>
    h('figure', { class: 'my-8' }, [
      h('img', {
        src,
        alt,
        loading: 'lazy',
        decoding: 'async',
        class: 'mx-auto h-auto max-w-full rounded-lg',
      }),
      ...(caption ? [h('figcaption', { class: 'mt-2 text-center text-sm text-muted' }, caption)] : []),
    ]),
};

/**
 * A quotation with its source. `lang` marks a passage in another script or language (`zh-Hant`
 * for Traditional Chinese): the page and the search index stay zh-CN.
 */
export const Quote: BodyComponent = {
  name: 'Quote',
  label: '引文',
  props: [
    { name: 'cite', label: '出处' },
    { name: 'lang', label: '语言' },
  ],
  children: true,
  render: ({ cite, lang }, children) =>
    h('figure', { class: 'not-prose my-6 border-l-4 border-gold bg-sunken px-5 py-4' }, [
      h('blockquote', { lang, class: 'text-[17px] leading-relaxed text-ink [&_p+p]:mt-2' }, children),
      ...(cite ? [h('figcaption', { class: 'mt-2 text-sm text-muted' }, `—— ${cite}`)] : []),
    ]),
};

/** Every component editors may use, by the name they write. */
export const BODY_COMPONENTS: ReadonlyMap<string, BodyComponent> = new Map(
  [Callout, Figure, Quote].map((c) => [c.name, c]),
);
