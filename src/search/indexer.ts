import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { extractText, isExtractable } from './attachments.ts';
import { normalizeChinese } from './chinese.ts';

/** The one language of the index: pages are zh-CN; Traditional passages live in inner elements. */
export const INDEX_LANGUAGE = 'zh-cn';

/** Folders of the output that are never indexed. */
const SKIP_DIRS = ['pagefind', 'admin', '_astro', 'uploads'];

/** Pagefind's ready-made UIs and highlighter: Xinhuo has its own, so they are not published. */
const UNUSED_OUTPUT = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Pages whose HTML is sent to Pagefind at once. */
const BATCH = 32;

export interface IndexOptions {
  /** The build's output folder. */
  outDir: string;
  /** The site's base path (`/` or `/dangjian/`), to find attachments linked from pages. */
  base: string;
  warn?: (message: string) => void;
}

export interface IndexReport {
  pages: number;
  attachments: number;
  files: number;
  bytes: number;
}

const ATTACHMENT_LINK = /<a\b[^>]*\bdata-search-attachment="([^"]*)"[^>]*>/g;
const ATTACHMENT_SLOT = /<div data-search-attachments(?:="")?(?: hidden(?:="")?)?><\/div>/;
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeAttr = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

async function htmlFiles(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true });
  return entries.filter((path) => path.endsWith('.html') && !SKIP_DIRS.includes(path.split(sep)[0]!)).sort();
}

/**
 * Puts the text of a page's PDF and Word attachments into the copy of the page that Pagefind reads,
 * as sections headed by the file's name: a search for a phrase inside the file finds the page, and
 * the result names the file (a sub-result linking to the attachment's anchor on the page).
 */
async function withAttachments(html: string, options: IndexOptions, page: string) {
  const slot = ATTACHMENT_SLOT.exec(html);
  if (!slot) return { html, count: 0 };
  const sections: string[] = [];
  for (const [tag, title] of html.matchAll(ATTACHMENT_LINK)) {
    const link = attr(tag, 'href');
    const id = attr(tag, 'id');
    if (!link || !id || !link.startsWith(options.base)) continue;
    const path = decodeURI(link.slice(options.base.length));
    if (!isExtractable(path)) continue;
    const name = path.split('/').pop()!;
    try {
      const text = await extractText(join(options.outDir, path));
      if (!text) options.warn?.(`${page}: 附件 ${name} 没有可提取的文字（扫描件？）/ no text in attachment ${name}`);
      sections.push(
        `<section><h2 id="${id}">附件：${escapeHtml(unescapeAttr(title ?? name))}（${escapeHtml(name)}）</h2>` +
          `<p>${escapeHtml(text)}</p></section>`,
      );
    } catch (error) {
      options.warn?.(`${page}: ${(error as Error).message}`);
    }
  }
  return { html: html.replace(slot[0], sections.join('')), count: sections.length };
}

/**
 * Builds the Pagefind index of a finished build in `<outDir>/pagefind/`. Every page is read once;
 * the copy given to Pagefind is normalized to Simplified Chinese (see chinese.ts) and carries the
 * text of its attachments. Only pages with `data-pagefind-body` are indexed.
 */
export async function buildSearchIndex(options: IndexOptions): Promise<IndexReport> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let pages = 0;
  let attachments = 0;
  try {
    const files = await htmlFiles(options.outDir);
    for (let i = 0; i < files.length; i += BATCH) {
      await Promise.all(
        files.slice(i, i + BATCH).map(async (sourcePath) => {
          const raw = await readFile(join(options.outDir, sourcePath), 'utf8');
          if (!raw.includes('data-pagefind-body')) return;
          const { html, count } = await withAttachments(raw, options, sourcePath);
          const added = await index.addHTMLFile({ sourcePath, content: normalizeChinese(html) });
          if (added.errors.length) throw new Error(`${sourcePath}: ${added.errors.join('; ')}`);
          pages++;
          attachments += count;
        }),
      );
    }
    const outputPath = join(options.outDir, 'pagefind');
    await rm(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    for (const name of await readdir(outputPath)) {
      if (UNUSED_OUTPUT.test(name)) await rm(join(outputPath, name));
    }
    const output = await readdir(outputPath, { recursive: true, withFileTypes: true });
    const stats = await Promise.all(output.filter((e) => e.isFile()).map((e) => stat(join(e.parentPath, e.name))));
    return { pages, attachments, files: stats.length, bytes: stats.reduce((sum, s) => sum + s.size, 0) };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
