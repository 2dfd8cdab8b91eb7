/**
 * One shard of the search index, in its own process (started by indexer.ts): reads its pages of the
 * build, adds the text of their attachments, normalizes them to Simplified Chinese, encodes their
 * Han text as overlapping pairs (bigrams.ts), marks each with its shard, and has Pagefind index and
 * write them. The process ends when the shard is written, so
 * Pagefind's memory is returned at once.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { extractText, isExtractable } from './attachments.ts';
import { INDEX_LANGUAGE, type ShardJob, type ShardResult } from './indexer.ts';
import { searchableHtml } from './searchable-html.ts';

/** Pages read and prepared at once (their attachments extracted) before they go to Pagefind in order. */
const BATCH = 32;

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

/**
 * Puts the text of a page's PDF and Word attachments into the copy of the page that Pagefind reads,
 * as sections headed by the file's name: a search for a phrase inside the file finds the page, and
 * the result names the file (a sub-result linking to the attachment's anchor on the page).
 */
async function withAttachments(html: string, job: ShardJob, page: string, warnings: string[]) {
  const slot = ATTACHMENT_SLOT.exec(html);
  if (!slot) return { html, count: 0 };
  const sections: string[] = [];
  for (const [tag, title] of html.matchAll(ATTACHMENT_LINK)) {
    const link = attr(tag, 'href');
    const id = attr(tag, 'id');
    if (!link || !id || !link.startsWith(job.base)) continue;
    const path = decodeURI(link.slice(job.base.length));
    if (!isExtractable(path)) continue;
    const name = path.split('/').pop()!;
    try {
      const text = await extractText(join(job.outDir, path));
      if (!text) warnings.push(`${page}: 附件 ${name} 没有可提取的文字（扫描件？）/ no text in attachment ${name}`);
      sections.push(
        `<section><h2 id="${id}">附件：${escapeHtml(unescapeAttr(title ?? name))}（${escapeHtml(name)}）</h2>` +
          `<p>${escapeHtml(text)}</p></section>`,
      );
    } catch (error) {
      warnings.push(`${page}: ${(error as Error).message}`);
    }
  }
  return { html: html.replace(slot[0], sections.join('')), count: sections.length };
}

/** The page as Pagefind reads it, with its attachments' text. */
async function prepare(job: ShardJob, path: string, warnings: string[]) {
  const raw = await readFile(join(job.outDir, path), 'utf8');
  const { html, count } = await withAttachments(raw, job, path, warnings);
  return { content: searchableHtml(html, job.shard), count };
}

export async function indexShard(job: ShardJob): Promise<ShardResult> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const warnings: string[] = [];
  let attachments = 0;
  try {
    // Pages are read and prepared a batch at a time, in parallel, but handed to Pagefind one by one
    // in the job's order: Pagefind numbers pages as they arrive, so adding them as they became ready
    // gave a different index (and new file names for readers to download) on every build.
    for (let i = 0; i < job.pages.length; i += BATCH) {
      const batch = job.pages.slice(i, i + BATCH);
      const prepared = await Promise.all(batch.map((sourcePath) => prepare(job, sourcePath, warnings)));
      for (const [k, { content, count }] of prepared.entries()) {
        const sourcePath = batch[k]!;
        const added = await index.addHTMLFile({ sourcePath, content });
        if (added.errors.length) throw new Error(`${sourcePath}: ${added.errors.join('; ')}`);
        attachments += count;
      }
    }
    const written = await index.writeFiles({ outputPath: job.outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    return { pages: job.pages.length, attachments, warnings };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

process.once('message', (job) => {
  indexShard(job as ShardJob).then(
    (result) => process.send!(result, () => process.exit(0)),
    (error: Error) =>
      process.send!({ pages: 0, attachments: 0, warnings: [], error: error.message }, () => process.exit(1)),
  );
});
