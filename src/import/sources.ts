import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import { parse as parseYaml } from 'yaml';
import { isoDate, parseShanghaiDate } from '../lib/date.ts';
import { joinWrappedLines } from './clean.ts';
import { decodeText } from '../lib/encoding.ts';
import type { ImportReport, RawDocument } from './document.ts';
import { splitBlocks } from './document.ts';
import { readDate, type SourceFacts } from './facts.ts';
import { htmlToMarkdown } from './markdown.ts';

/** An image found in a source, written to the media folder once the entry's slug is known. */
export interface SourceImage {
  /** The stand-in used as the image's address in the Markdown until then. */
  placeholder: string;
  /** File extension with the dot, e.g. `.png`. */
  extension: string;
  bytes: Uint8Array;
}

/** A source file read into Markdown blocks, with its images. */
export interface ReadSource {
  raw: RawDocument;
  images: SourceImage[];
}

/** The file types the importer reads. */
export const SOURCE_EXTENSIONS = ['.docx', '.html', '.htm', '.txt', '.md'] as const;

export const imagePlaceholder = (n: number) => `xinhuo-image-${n}`;

const IMAGE_TYPES: Record<string, string> = {
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/gif': '.gif',
  'image/webp': '.webp',
  'image/svg+xml': '.svg',
};

/**
 * A plain text file: blank lines separate paragraphs; lines of one paragraph that were wrapped at a
 * fixed width are joined again, while short lines (title, byline) stay lines of their own.
 */
function readText(bytes: Uint8Array, report: ImportReport): ReadSource {
  const { text, encoding } = decodeText(bytes);
  report.taken.push(`文本编码：${encoding}`);
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u3000]*\n/)
    .flatMap((block) => {
      const lines = block
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      const wrapped = lines.length > 1 && lines.slice(0, -1).every((l) => l.length >= 20 && !/[。！？：”」]$/.test(l));
      return wrapped ? [joinWrappedLines(lines)] : lines;
    });
  return { raw: { blocks, facts: {}, plainText: true }, images: [] };
}

/** A Markdown file, with its frontmatter (if any) as facts. */
function readMarkdown(bytes: Uint8Array, report: ImportReport): ReadSource {
  const { text } = decodeText(bytes);
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  const facts: SourceFacts = {};
  if (match) {
    const data = (parseYaml(match[1]!) ?? {}) as Record<string, unknown>;
    for (const key of ['title', 'author', 'source'] as const) {
      if (typeof data[key] === 'string') facts[key] = data[key];
    }
    const date = parseShanghaiDate(data['date']);
    if (date) facts.date = isoDate(date);
  }
  const body = match ? text.slice(match[0].length) : text;
  const isFence = (block: string) => /^\s*(`{3,}|~{3,})/.test(block);
  const raw = splitBlocks(body);
  if (raw.some((b) => !isFence(b) && /(^|[^\\])[<{}]/.test(b.replace(/`[^`\n]*`/g, '')))) {
    report.review.push('原 Markdown 含有 HTML 标签或花括号，已按文字转义，请检查显示效果。');
  }
  const blocks = raw.map((block) => (isFence(block) ? block : escapeMdxInMarkdown(block)));
  return { raw: { blocks, facts, plainText: false }, images: [] };
}

/** Escapes `<`, `>`, `{`, `}` in Markdown text (not inside code spans) so MDX reads them as text. */
function escapeMdxInMarkdown(block: string): string {
  return block
    .split(/(`[^`\n]*`)/)
    .map((part, i) => (i % 2 ? part : part.replace(/(?<!\\)[<>{}]/g, '\\$&')))
    .join('');
}

/** Facts in the metadata of a saved web page. */
function htmlFacts(document: Document): SourceFacts {
  const meta = (...names: string[]) => {
    for (const name of names) {
      const el = document.querySelector(`meta[name="${name}" i], meta[property="${name}" i]`);
      const content = el?.getAttribute('content')?.trim();
      if (content) return content;
    }
    return undefined;
  };
  const facts: SourceFacts = {};
  const author = meta('author', 'article:author');
  if (author && !/^https?:/.test(author)) facts.author = author;
  const date =
    meta('article:published_time', 'publishdate', 'pubdate', 'date', 'dc.date') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  const iso = date ? readDate(date) : undefined;
  if (iso) facts.date = iso;
  const source = meta('source', 'citation_journal_title');
  if (source) facts.source = source;
  return facts;
}

/** Replaces each `<img>` by a placeholder for a local file, or removes it when it is not local. */
function collectImages(
  root: ParentNode,
  load: (src: string) => Uint8Array | undefined,
  report: ImportReport,
): SourceImage[] {
  const images: SourceImage[] = [];
  for (const img of [...root.querySelectorAll('img')]) {
    const src = img.getAttribute('src') ?? '';
    const bytes = load(src);
    const named = extname(src.split(/[?#]/)[0] ?? '').toLowerCase();
    const extension = IMAGE_TYPES[/^data:([^;,]+)/.exec(src)?.[1] ?? ''] ?? (named === '.jpeg' ? '.jpg' : named);
    if (!bytes || !Object.values(IMAGE_TYPES).includes(extension)) {
      report.review.push(`图片未导入（不是本地图片文件）：${src.slice(0, 80)}`);
      img.remove();
      continue;
    }
    const placeholder = imagePlaceholder(images.length + 1);
    images.push({ placeholder, extension, bytes });
    img.setAttribute('src', placeholder);
    if (!img.getAttribute('alt')?.trim()) report.review.push(`第 ${images.length} 张图片没有说明文字（alt），请补充。`);
  }
  return images;
}

/**
 * A saved web page: the article is extracted with Readability (as Firefox's reader view does),
 * its images are taken from the page's own `_files` folder, and it becomes Markdown.
 */
function readHtml(bytes: Uint8Array, path: string, report: ImportReport): ReadSource {
  const { text, encoding } = decodeText(bytes);
  report.taken.push(`网页编码：${encoding}`);
  const { document } = parseHTML(text);
  const facts = htmlFacts(document);
  const article = new Readability(document, { charThreshold: 100, keepClasses: false }).parse();
  if (!article?.content) throw new Error('网页中找不到正文 / no article content found in the page');
  if (article.title) facts.title = article.title.trim();
  if (!facts.author && article.byline && article.byline.length <= 30) facts.author = article.byline.trim();
  const content = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document;
  const images = collectImages(
    content.body,
    (src) => {
      if (/^(?:[a-z]+:)?\/\//i.test(src) || src.startsWith('data:')) return undefined;
      const file = resolve(dirname(path), decodeURIComponent(src.split(/[?#]/)[0] ?? ''));
      return existsSync(file) ? readFileSync(file) : undefined;
    },
    report,
  );
  return { raw: { blocks: splitBlocks(htmlToMarkdown(content.body)), facts, plainText: false }, images };
}

/** A Word document: mammoth maps its styles to HTML (headings, lists, tables, emphasis, images). */
async function readDocx(bytes: Uint8Array, report: ImportReport): Promise<ReadSource> {
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    { styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"] },
  );
  for (const message of result.messages) {
    if (message.type === 'warning' && !/Unrecognised paragraph style/.test(message.message)) {
      report.review.push(`Word 转换提示：${message.message}`);
    }
  }
  const { document } = parseHTML(`<!doctype html><html><body>${result.value}</body></html>`);
  const facts: SourceFacts = {};
  const h1 = document.querySelector('h1');
  if (h1?.textContent?.trim()) {
    facts.title = h1.textContent.trim();
    h1.remove();
  }
  const images = collectImages(
    document.body,
    (src) => {
      const data = /^data:[^;,]+;base64,(.*)$/.exec(src)?.[1];
      return data ? Buffer.from(data, 'base64') : undefined;
    },
    report,
  );
  return { raw: { blocks: splitBlocks(htmlToMarkdown(document.body)), facts, plainText: false }, images };
}

/** Reads a source file of any supported type into Markdown blocks and images. */
export async function readSource(path: string, bytes: Uint8Array, report: ImportReport): Promise<ReadSource> {
  const extension = extname(path).toLowerCase();
  switch (extension) {
    case '.txt':
      return readText(bytes, report);
    case '.md':
      return readMarkdown(bytes, report);
    case '.html':
    case '.htm':
      return readHtml(bytes, path, report);
    case '.docx':
      return readDocx(bytes, report);
    default:
      throw new Error(`不支持的文件类型“${extension}” / unsupported file type; use ${SOURCE_EXTENSIONS.join(', ')}`);
  }
}
