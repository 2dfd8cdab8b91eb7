/**
 * The visual body editor's document model: a ProseMirror schema for the Markdown the site uses
 * (headings, emphasis, strikethrough, links, lists, quotes, tables, code, rules) plus the
 * registered MDX components as whole blocks, a parser from MDX text and a serializer back.
 *
 * Round trips lose nothing because nothing the editor did not change is serialized again: the
 * parser remembers the exact source text of every top-level block, and `serializeBody` writes
 * that text for each block that is still the same node, with the original spacing between
 * unchanged neighbours; only new or edited blocks are written by the serializer. A body with
 * something the model cannot hold (HTML, expressions, footnotes, reference links) is not opened
 * visually at all: `parseBody` returns the reason, in Chinese, and the widget shows source mode.
 */
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { MarkdownParser, MarkdownSerializer, defaultMarkdownSerializer, schema as base } from 'prosemirror-markdown';
import { Fragment, Node, Schema, type NodeSpec } from 'prosemirror-model';
import { tableNodes } from 'prosemirror-tables';
import { EDITOR_COMPONENTS, type EditorComponent } from './editor-components.ts';

type Align = 'left' | 'center' | 'right' | null;
const cellAttrs = {
  align: {
    default: null as Align,
    getFromDOM: (dom: HTMLElement) => (dom.style.textAlign || dom.getAttribute('align') || null) as Align,
    setDOMAttr: (value: unknown, attrs: Record<string, unknown>) => {
      if (value) attrs.style = `text-align: ${String(value)}`;
    },
  },
};

const nodes = base.spec.nodes
  .update('bullet_list', {
    ...(base.spec.nodes.get('bullet_list') as NodeSpec),
    attrs: { tight: { default: true }, bullet: { default: '-' } },
  })
  .update('ordered_list', {
    ...(base.spec.nodes.get('ordered_list') as NodeSpec),
    attrs: { order: { default: 1 }, tight: { default: true } },
  })
  .append(tableNodes({ tableGroup: 'block', cellContent: 'inline*', cellAttributes: cellAttrs }))
  .addToEnd('component', {
    group: 'block',
    atom: true,
    selectable: true,
    draggable: true,
    attrs: { name: { default: '' }, data: { default: {} }, source: { default: null } },
    toDOM: (node) => ['div', { 'data-component': node.attrs.name as string }],
    parseDOM: [],
  });

const marks = base.spec.marks.addToEnd('strike', {
  parseDOM: [{ tag: 's' }, { tag: 'del' }, { tag: 'strike' }, { style: 'text-decoration=line-through' }],
  toDOM: () => ['s', 0],
});

/** The schema of the visual editor. */
export const bodySchema = new Schema({ nodes, marks });

/**
 * markdown-it read as MDX reads Markdown: GitHub tables and strikethrough, HTML recognised (so that
 * it can be refused), no indented code and no `<https://…>` autolinks (MDX has neither).
 */
const tokenizer = MarkdownIt('commonmark', { html: true })
  .enable(['table', 'strikethrough'])
  .disable(['code', 'autolink']);

const alignOf = (tok: Token): Align => {
  const match = /text-align:\s*(left|center|right)/.exec(tok.attrGet('style') ?? '');
  return (match?.[1] as Align) ?? null;
};
const listIsTight = (tokens: Token[], i: number) => {
  while (++i < tokens.length) if (tokens[i]!.type !== 'list_item_open') return tokens[i]!.hidden;
  return false;
};

/** Soft line breaks stay line breaks (prosemirror-markdown would make them spaces). */
const keepSoftBreaks = (tokens: Token[]): Token[] => {
  for (const tok of tokens) {
    if (tok.type === 'softbreak') {
      tok.type = 'text';
      tok.content = '\n';
    }
    if (tok.children) keepSoftBreaks(tok.children);
  }
  return tokens;
};
const lineKeepingTokenizer = {
  parse: (text: string, env: object) => keepSoftBreaks(tokenizer.parse(text, env)),
} as unknown as MarkdownIt;

const parser = new MarkdownParser(bodySchema, lineKeepingTokenizer, {
  blockquote: { block: 'blockquote' },
  paragraph: { block: 'paragraph' },
  list_item: { block: 'list_item' },
  bullet_list: {
    block: 'bullet_list',
    getAttrs: (tok, tokens, i) => ({ tight: listIsTight(tokens, i), bullet: tok.markup || '-' }),
  },
  ordered_list: {
    block: 'ordered_list',
    getAttrs: (tok, tokens, i) => ({ order: Number(tok.attrGet('start')) || 1, tight: listIsTight(tokens, i) }),
  },
  heading: { block: 'heading', getAttrs: (tok) => ({ level: Number(tok.tag.slice(1)) }) },
  fence: { block: 'code_block', getAttrs: (tok) => ({ params: tok.info || '' }), noCloseToken: true },
  hr: { node: 'horizontal_rule' },
  image: {
    node: 'image',
    getAttrs: (tok) => ({
      src: tok.attrGet('src'),
      title: tok.attrGet('title') || null,
      alt: tok.children?.[0]?.content || null,
    }),
  },
  hardbreak: { node: 'hard_break' },
  em: { mark: 'em' },
  strong: { mark: 'strong' },
  s: { mark: 'strike' },
  link: { mark: 'link', getAttrs: (tok) => ({ href: tok.attrGet('href'), title: tok.attrGet('title') || null }) },
  code_inline: { mark: 'code', noCloseToken: true },
  table: { block: 'table' },
  thead: { ignore: true },
  tbody: { ignore: true },
  tr: { block: 'table_row' },
  th: { block: 'table_header', getAttrs: (tok) => ({ align: alignOf(tok) }) },
  td: { block: 'table_cell', getAttrs: (tok) => ({ align: alignOf(tok) }) },
});

/** Text MDX would read as JSX or an expression is written escaped, as the importer does. */
const MDX_SPECIAL = /[<>{}]/g;

/** The Markdown of a table cell's inline content, on one line, with `|` escaped. */
const cellText = (cell: Node) =>
  serializer
    .serialize(bodySchema.node('doc', null, [bodySchema.node('paragraph', null, cell.content)]))
    .replace(/\\\n/g, ' ')
    .replace(/\n/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();

const DELIMITERS: Record<string, string> = { left: ':---', center: ':---:', right: '---:' };

const serializer = new MarkdownSerializer(
  {
    ...defaultMarkdownSerializer.nodes,
    bullet_list(state, node) {
      state.renderList(node, '  ', () => `${(node.attrs.bullet as string) || '-'} `);
    },
    table(state, node) {
      const rows: string[][] = [];
      node.forEach((row) => {
        const cells: string[] = [];
        row.forEach((cell) => cells.push(cellText(cell)));
        rows.push(cells);
      });
      const header = node.firstChild;
      const aligns: string[] = [];
      header?.forEach((cell) => aligns.push(DELIMITERS[cell.attrs.align as string] ?? '---'));
      const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
      const text = [line(rows[0] ?? []), line(aligns), ...rows.slice(1).map(line)].join('\n');
      state.write(text);
      state.closeBlock(node);
    },
    component(state, node) {
      const component = componentNamed(node.attrs.name as string);
      state.write(
        (node.attrs.source as string | null) ?? component?.toBlock(node.attrs.data as Record<string, string>) ?? '',
      );
      state.closeBlock(node);
    },
  },
  {
    ...defaultMarkdownSerializer.marks,
    em: { open: '*', close: '*', mixable: true, expelEnclosingWhitespace: true },
    strong: { open: '**', close: '**', mixable: true, expelEnclosingWhitespace: true },
    strike: { open: '~~', close: '~~', mixable: true, expelEnclosingWhitespace: true },
    // Always `[text](url)`: MDX reads `<https://…>` as a JSX tag.
    link: {
      open: '[',
      close: (_state, mark) =>
        `](${(mark.attrs.href as string).replace(/[()"\s<>]/g, encodeURIComponent)}${
          mark.attrs.title ? ` "${(mark.attrs.title as string).replace(/"/g, '\\"')}"` : ''
        })`,
      mixable: true,
    },
  },
  { escapeExtraCharacters: MDX_SPECIAL },
);

const componentNamed = (name: string): EditorComponent | undefined => EDITOR_COMPONENTS.find((c) => c.id === name);

/** The body as the visual editor holds it: the document and the source text of its blocks. */
export interface VisualBody {
  doc: Node;
  /** What came before the first block and after the last (blank lines, the final newline). */
  prefix: string;
  suffix: string;
  /** Each top-level node of `doc` as parsed, with its exact source and the spacing after it. */
  blocks: readonly { node: Node; source: string; gap: string }[];
}

/** Why a body cannot be opened visually (zh-CN), or undefined. */
export type ParseResult = { ok: true; body: VisualBody } | { ok: false; reason: string };

const lineStarts = (text: string) => {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  starts.push(text.length + 1);
  return starts;
};

/** Inline text that MDX would read as JSX or an expression (unescaped `{`, `}`, `<`), outside code. */
const RAW_MDX = /(^|[^\\])(?:\\\\)*[{}<]/;
const withoutCode = (text: string) => text.replace(/(`+)[\s\S]*?\1/g, '');

function refusal(tokens: Token[]): string | undefined {
  for (const tok of tokens) {
    if (tok.type === 'html_block' || tok.type === 'html_inline') {
      const tag = /<\/?([A-Za-z][\w.-]*)/.exec(tok.content)?.[1];
      return tag
        ? `正文含有 HTML 或组件标签 <${tag}>，可视化编辑无法显示。`
        : '正文含有 HTML 注释或标签，可视化编辑无法显示。';
    }
    const inner = tok.children && refusal(tok.children);
    if (inner) return inner;
    if (tok.type === 'inline' && RAW_MDX.test(withoutCode(tok.content))) {
      return '正文含有 MDX 表达式或标签（未转义的 { } 或 <），可视化编辑无法显示。';
    }
  }
  return undefined;
}

/** A top-level block found in the source: where it is and what it becomes. */
interface Span {
  start: number;
  end: number;
  node: Node;
}

/** A registered component starting at `offset`, if its text matches the component's form. */
function componentAt(source: string, offset: number): { end: number; node: Node } | undefined {
  const rest = source.slice(offset);
  for (const component of EDITOR_COMPONENTS) {
    const match = component.pattern.exec(rest);
    if (!match || !rest.startsWith(`<${component.id}`)) continue;
    const text = match[0];
    // The block must end at a line end, as the form writes it.
    const after = rest.slice(text.length);
    if (after && !/^[ \t]*(\n|$)/.test(after)) continue;
    const data = component.fromBlock(match);
    return {
      end: offset + text.length,
      node: bodySchema.node('component', { name: component.id, data, source: text }),
    };
  }
  return undefined;
}

/** Parses a body for the visual editor, or says why it must stay in source mode. */
export function parseBody(source: string): ParseResult {
  if (source.includes('\r')) return { ok: false, reason: '正文使用了 Windows 换行符（CRLF），请在源码模式中编辑。' };
  const tokens = tokenizer.parse(source, {});
  const starts = lineStarts(source);
  const spans: Span[] = [];
  let consumedTo = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.level !== 0 || !tok.map || tok.nesting === -1) continue;
    const start = starts[tok.map[0]]!;
    if (start < consumedTo) continue;
    if (tok.type === 'html_block') {
      const found = componentAt(source, start);
      if (!found) return { ok: false, reason: refusal([tok])! };
      spans.push({ start, end: found.end, node: found.node });
      consumedTo = found.end;
      continue;
    }
    // The tokens of this block: up to its closing token at level 0.
    let j = i;
    if (tok.nesting === 1) {
      let depth = 0;
      for (; j < tokens.length; j++) {
        depth += tokens[j]!.nesting;
        if (depth === 0) break;
      }
    }
    const blockTokens = tokens.slice(i, j + 1);
    const why = refusal(blockTokens);
    if (why) return { ok: false, reason: why };
    let end = Math.min(starts[tok.map[1]]! - 1, source.length);
    while (end > start && /\s/.test(source[end - 1]!)) end--;
    const text = source.slice(start, end);
    let node: Node | undefined;
    try {
      node = parser.parse(text).firstChild ?? undefined;
    } catch (error) {
      return { ok: false, reason: `正文含有可视化编辑不支持的写法（${(error as Error).message}）。` };
    }
    if (!node) continue;
    spans.push({ start, end, node });
    consumedTo = end;
    i = j;
  }
  // Text between blocks that is not blank was read as no block: reference definitions, footnotes.
  const gaps = spans.map((span, k) => source.slice(span.end, spans[k + 1]?.start ?? source.length));
  const prefix = source.slice(0, spans[0]?.start ?? source.length);
  if ([prefix, ...gaps].some((gap) => gap.trim())) {
    return { ok: false, reason: '正文含有脚注或引用式链接的定义，可视化编辑无法显示。' };
  }
  const last = gaps.length ? gaps[gaps.length - 1]! : '';
  const blocks = spans.map((span, k) => ({
    node: span.node,
    source: source.slice(span.start, span.end),
    gap: k < spans.length - 1 ? gaps[k]! : '',
  }));
  const doc = bodySchema.node('doc', null, blocks.length ? blocks.map((b) => b.node) : [bodySchema.node('paragraph')]);
  return { ok: true, body: { doc, prefix: spans.length ? prefix : '', suffix: spans.length ? last : source, blocks } };
}

/** Markdown of a fragment of blocks, as the serializer writes new or edited blocks. */
export const serializeBlocks = (content: Node | Fragment | readonly Node[]): string =>
  serializer.serialize(bodySchema.node('doc', null, content)).trimEnd();

/** Parses Markdown (e.g. cleaned pasted HTML) into blocks of the schema, without source tracking. */
export const parseMarkdown = (markdown: string): Node => parser.parse(markdown);

/**
 * Writes `doc` back as MDX: every top-level node that is still the parsed node is written as its
 * original text, with the original spacing to an unchanged next block; other nodes are serialized.
 */
export function serializeBody(body: VisualBody, doc: Node): string {
  const original = new Map<Node, number>();
  body.blocks.forEach((block, k) => original.set(block.node, k));
  const children: Node[] = [];
  // Empty paragraphs hold nothing in Markdown (the editor keeps one after a table or a component).
  doc.forEach((child) => {
    if (original.has(child) || child.type.name !== 'paragraph' || child.content.size > 0) children.push(child);
  });
  if (children.length === 0) return body.blocks.length ? '' : body.suffix;
  let out = '';
  children.forEach((child, k) => {
    const index = original.get(child);
    out += index === undefined ? serializeBlocks([child]) : body.blocks[index]!.source;
    if (k < children.length - 1) {
      const next = original.get(children[k + 1]!);
      out += index !== undefined && next === index + 1 ? body.blocks[index]!.gap : '\n\n';
    }
  });
  const end = body.blocks.length ? body.suffix : '\n';
  return `${body.prefix}${out}${end}`;
}
