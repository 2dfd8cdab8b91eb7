/**
 * Renders an MDX body to HTML as data: parsed by Sätteri (the project's Markdown processor),
 * checked and converted by src/body/transform.ts, sanitized against an allow-list schema,
 * given heading ids as Astro gives them, and links rebased to the deployment's base path.
 * No JavaScript is generated or evaluated, so a body cannot run code on the build machine or in a
 * reader's browser, and no per-entry module is bundled (the build stays fast at 10,000 entries).
 */
import type { Element, Root, RootContent } from 'hast';
import GithubSlugger from 'github-slugger';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast, type Features } from 'satteri';
import { rebase } from './rebase-links.ts';
import { HTML_ELEMENTS, LINK_SCHEMES, URL_ATTRIBUTES, attributesOf } from './policy.ts';
import { explain, type BodyProblem } from './problems.ts';
import { transformBody, type Reference } from './transform.ts';

/** A heading of a body, as Astro's `render(entry).headings` lists them for the table of contents. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A body rendered, or the rules it breaks. */
export type RenderedBody =
  { ok: true; html: string; headings: Heading[]; references: Reference[] } | { ok: false; problems: BodyProblem[] };

export interface RenderOptions {
  /** The deployment's base path (`/`, `/dangjian/`): site paths in links and images get it. */
  base: string;
  /** Markdown features, as the site's Markdown config sets them (GFM, smart punctuation). */
  features?: Features;
}

/** Class names the site's own markup carries (components, footnotes, task lists, code). */
const CLASS_NAMES = ['className'] as const;

/**
 * What may reach the page: GitHub's schema widened by the registered components' markup and the
 * allowed HTML elements' attributes, with ids kept as written (heading anchors, footnotes: the
 * ids come from the renderer, never from editors).
 */
export const BODY_SCHEMA: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  tagNames: [
    ...new Set([...(defaultSchema.tagNames ?? []), ...Object.keys(HTML_ELEMENTS), 'aside', 'figure', 'figcaption']),
  ],
  attributes: {
    ...defaultSchema.attributes,
    ...Object.fromEntries(
      Object.keys(HTML_ELEMENTS).map((t) => [
        t,
        [...(defaultSchema.attributes?.[t] ?? []), ...attributesOf(t).map(propertyName)],
      ]),
    ),
    '*': [...(defaultSchema.attributes?.['*'] ?? []), ...CLASS_NAMES, 'ariaLabel', 'ariaHidden', 'loading', 'decoding'],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: [...LINK_SCHEMES],
    src: ['http', 'https'],
    poster: ['http', 'https'],
  },
};

/** The hast property name of an HTML attribute (`colspan` → `colSpan`). */
function propertyName(attribute: string): string {
  const known: Record<string, string> = {
    colspan: 'colSpan',
    rowspan: 'rowSpan',
    datetime: 'dateTime',
    srclang: 'srcLang',
    allowfullscreen: 'allowFullScreen',
    playsinline: 'playsInline',
  };
  return known[attribute] ?? attribute;
}

const textOf = (node: Root | RootContent): string =>
  node.type === 'text' ? node.value : 'children' in node ? (node.children as RootContent[]).map(textOf).join('') : '';

/** Gives headings ids from their text (github-slugger, as Astro does) and lists them. */
function headingIds(tree: Root): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  const visit = (node: Root | RootContent) => {
    if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) {
      const text = textOf(node);
      const existing = node.properties.id;
      const slug = typeof existing === 'string' ? existing : slugger.slug(text);
      node.properties.id = slug;
      headings.push({ depth: Number(node.tagName[1]), slug, text });
    }
    if ('children' in node) (node.children as RootContent[]).forEach(visit);
  };
  visit(tree);
  return headings;
}

/** Prefixes site paths of links and media with the deployment's base path. */
function rebaseUrls(node: Root | RootContent, base: string): void {
  if (node.type === 'element') {
    for (const attribute of URL_ATTRIBUTES[node.tagName] ?? []) {
      const value = (node as Element).properties[attribute];
      if (typeof value === 'string') (node as Element).properties[attribute] = rebase(value, base);
    }
  }
  if ('children' in node) node.children.forEach((c) => rebaseUrls(c, base));
}

/** The line and column a Sätteri parse error names (`12:5: Unexpected …`). */
function syntaxProblem(error: unknown): BodyProblem {
  const message = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*([\s\S]*)$/.exec(message);
  const reason = (match?.[3] ?? message).replace(/\s*\([\w:-]+\)\s*$/, '').trim();
  return { line: Number(match?.[1] ?? 1), column: Number(match?.[2] ?? 1), ...explain.syntax(reason) };
}

/** Renders one body; never throws for bad content (the problems say what to fix and where). */
export function renderBody(source: string, options: RenderOptions): RenderedBody {
  let parsed: Root;
  try {
    parsed = mdxToHast(source, { features: { gfm: true, smartPunctuation: true, ...options.features } }) as Root;
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(error)] };
  }
  const { tree, problems, references } = transformBody(parsed);
  if (problems.length) return { ok: false, problems };
  const clean = sanitize(tree, BODY_SCHEMA) as Root;
  const headings = headingIds(clean);
  rebaseUrls(clean, options.base);
  return { ok: true, html: toHtml(clean, { characterReferences: { useNamedReferences: true } }), headings, references };
}
