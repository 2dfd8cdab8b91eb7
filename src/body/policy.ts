/**
 * What an MDX body may contain besides Markdown and the registered components: the HTML elements
 * and attributes editors may write, the URL schemes links may use, and where embedded frames may
 * come from. Everything else stops the build (src/body/check.ts). Documented in the README
 * section "内容安全 / No code from content"; keep the two in step.
 */

/** Attributes every allowed HTML element may carry. */
const GLOBAL_ATTRIBUTES = ['title', 'lang', 'dir'] as const;

/**
 * HTML elements editors may write in a body, with the attributes each may carry (beyond the
 * global ones). No `class`, `id` or `style`: the site's styles come from the site, and inline
 * styles would break the strict Content-Security-Policy of the mirror.
 */
export const HTML_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  abbr: [],
  b: [],
  blockquote: ['cite'],
  br: [],
  caption: [],
  cite: [],
  code: [],
  dd: [],
  del: ['cite'],
  details: ['open'],
  div: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  i: [],
  img: ['src', 'alt', 'width', 'height'],
  ins: ['cite'],
  kbd: [],
  li: ['value'],
  mark: [],
  ol: ['start', 'reversed'],
  p: [],
  pre: [],
  q: ['cite'],
  s: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan', 'align'],
  tfoot: [],
  th: ['colspan', 'rowspan', 'align', 'scope'],
  thead: [],
  time: ['datetime'],
  tr: [],
  u: [],
  ul: [],
  video: ['src', 'poster', 'controls', 'width', 'height', 'preload', 'muted', 'loop', 'playsinline'],
  audio: ['src', 'controls', 'preload', 'loop'],
  source: ['src', 'type'],
  track: ['src', 'kind', 'srclang', 'label', 'default'],
  iframe: ['src', 'width', 'height', 'allowfullscreen', 'loading'],
};

/** The attributes an allowed HTML element may carry. */
export const attributesOf = (element: string): readonly string[] => [
  ...GLOBAL_ATTRIBUTES,
  ...(HTML_ELEMENTS[element] ?? []),
];

/**
 * Hosts whose pages may be embedded with `<iframe src="https://host/…">`. Empty: no frames, as
 * the intranet mirror must make no request to another origin. To allow the college's own video
 * host, add it here (e.g. `'video.example.edu.cn'`) and to the mirror's CSP `frame-src`.
 */
export const IFRAME_HOSTS: readonly string[] = [];

/** URL schemes a link (`<a href>`, `[text](url)`) may use; site paths and `#anchors` need none. */
export const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/** Attributes holding a URL, by element (what is checked and rebased to the deployment's base). */
export const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  img: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite'],
  ins: ['cite'],
};

/** URL attributes whose target is loaded into the page (media): only files of the site itself. */
export const MEDIA_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  img: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
};

/**
 * The scheme of a URL as a browser reads it: browsers ignore ASCII whitespace and control
 * characters inside `jav&#x09;ascript:`, and character references are already decoded by the
 * parser. Undefined for site paths, relative paths and `#anchors`.
 */
export function schemeOf(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be ignored
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  return match?.[1]?.toLowerCase();
}
