import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { CATEGORIES, COLLECTIONS, labelOf } from '../../model/collections';
import type { CollectionDef } from '../../model/fields';
import { assertValid, CONTENT_DIR, idsOnDisk, lookupsIn } from '../../model/loader';
import { toZodSchema } from '../../model/to-zod';
import { slugify } from '../slug';
import { cleanDocument, emptyReport, type ImportReport } from './document';
import { mdxProblems } from './markdown';
import { readSource, SOURCE_EXTENSIONS } from './sources';

/** Where and how to import. */
export interface ImportOptions {
  /** The project root: entries go to src/content/<collection>/, images to public/uploads/imported/. */
  root: string;
  /** The collection to import into (an MDX collection; default articles). */
  collection?: string;
  /** Convert Traditional Chinese to Simplified (default true: the site is zh-CN). */
  simplify?: boolean;
  /** The article category (default news, reported for review). */
  category?: string;
  /** Used when the source names no author. */
  author?: string;
  /** Used when the source states no date (YYYY-MM-DD). */
  date?: string;
}

/** A file ready to be written. */
export interface OutputFile {
  /** Path relative to the project root. */
  path: string;
  content: string | Uint8Array;
}

/** One source turned into an entry, validated, not yet written. */
export interface PlannedEntry {
  source: string;
  id: string;
  /** The entry file first, then its images. */
  files: OutputFile[];
  report: ImportReport;
}

/** A source that cannot become an entry; the message names the file and what to do. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** The media folder of an imported entry's images, as a site path. */
export const mediaFolder = (id: string) => `/uploads/imported/${id}`;

/** Lists the importable files among paths given on the command line (folders are searched). */
export function findSources(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path, { recursive: true, encoding: 'utf8' })
      .filter((f) => (SOURCE_EXTENSIONS as readonly string[]).includes(extname(f).toLowerCase()))
      .sort()
      .map((f) => join(path, f));
  });
}

function collectionDef(name: string): CollectionDef {
  const def = COLLECTIONS.find((c) => c.name === name);
  if (!def || def.format !== 'mdx') {
    const names = COLLECTIONS.filter((c) => c.format === 'mdx').map((c) => c.name);
    throw new ImportError(`没有可导入的集合“${name}” / no MDX collection "${name}"; use one of: ${names.join(', ')}`);
  }
  return def;
}

/** The title in an entry file's frontmatter. */
function titleOf(file: string): unknown {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1];
  try {
    return (parse(frontmatter ?? '') as Record<string, unknown> | null)?.['title'];
  } catch {
    return undefined;
  }
}

/**
 * An id for the entry from its title (pinyin), never one in use: an entry with that id, or a media
 * folder, already on disk or planned in this run gets `-2`, `-3`…; a source whose title is already
 * that of an entry with one of these ids is refused instead, so importing twice never makes copies.
 */
function uniqueId(title: string, taken: Set<string>, root: string, collection: string): string {
  const base = slugify(title) || 'imported-entry';
  const dir = join(root, CONTENT_DIR, collection);
  const sameBase = new RegExp(`(?:^|/)${base}(?:-\\d+)?\\.mdx$`);
  const files = existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }) : [];
  const imported = files.find((file) => sameBase.test(file) && titleOf(join(dir, file)) === title);
  if (imported) {
    const path = `${CONTENT_DIR}/${collection}/${imported}`;
    throw new ImportError(
      `已导入过：${path} 的标题相同，未覆盖。/ Already imported as ${path} (same title); nothing written. Delete or rename that entry to import again.`,
    );
  }
  const inUse = (id: string) => taken.has(id) || existsSync(join(root, 'public', mediaFolder(id)));
  let id = base;
  for (let n = 2; inUse(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * Turns one source file into a validated entry without writing anything: reads and cleans it,
 * fills the frontmatter from what it states, checks the frontmatter against the collection's schema
 * (the build's own) and the body against the MDX parser. Throws ImportError naming the file.
 */
export async function planImport(source: string, options: ImportOptions, taken: Set<string>): Promise<PlannedEntry> {
  const collection = options.collection ?? 'articles';
  const def = collectionDef(collection);
  const report = emptyReport();
  const fail = (message: string): never => {
    throw new ImportError(`导入失败 / Import failed: ${source}\n${message}`);
  };
  let read;
  try {
    read = await readSource(source, readFileSync(source), report);
  } catch (error) {
    return fail(`  • ${(error as Error).message}`);
  }
  const doc = cleanDocument(read.raw, { simplify: options.simplify ?? true }, report);
  const { facts } = doc;
  if (!facts.title) return fail('  • 找不到标题 / no title found: the file has no text.');

  const id = uniqueId(facts.title, taken, options.root, collection);
  const fields = new Set(def.fields.map((f) => f.name));
  const category = options.category ?? 'news';
  const candidates: Record<string, unknown> = {
    title: facts.title,
    date: facts.date ?? options.date,
    summary: doc.summary,
    category,
    tags: [],
    author: facts.author ?? options.author,
    source: facts.source,
  };
  const data = Object.fromEntries(
    Object.entries(candidates).filter(([key, value]) => fields.has(key) && value !== undefined),
  );

  for (const key of ['title', 'date', 'author', 'source'] as const) {
    if (facts[key] && fields.has(key)) report.taken.push(`${key}: ${facts[key]}`);
  }
  if (fields.has('author') && !facts.author && options.author)
    report.review.push(`原文没有作者，使用了 --author：${options.author}`);
  if (fields.has('date') && !facts.date && options.date)
    report.review.push(`原文没有日期，使用了 --date：${options.date}`);
  if (fields.has('summary') && doc.summary) report.review.push('摘要取自正文第一段，请改写为一两句话的概括。');
  if (fields.has('category') && !options.category) {
    report.review.push(`栏目默认设为“${labelOf(CATEGORIES, category)}”（${category}），请确认或用 --category 指定。`);
  }
  if (fields.has('tags')) report.review.push('尚未设置标签（tags），请补充一到六个。');

  const file = join(CONTENT_DIR, collection, `${id}.mdx`);
  const hints: string[] = [];
  if (fields.has('date') && !data['date'])
    hints.push('原文中找不到日期：请用 --date YYYY-MM-DD 指定 / no date in the source: pass --date YYYY-MM-DD');
  if (fields.has('author') && !data['author'])
    hints.push('原文中找不到作者：请用 --author 指定 / no author in the source: pass --author NAME');
  try {
    assertValid(def.fields, toZodSchema(def, lookupsIn(options.root)), data, file);
  } catch (error) {
    fail([(error as Error).message, ...hints.map((h) => `  • ${h}`)].join('\n'));
  }

  const folder = mediaFolder(id);
  let body = doc.body;
  const images = read.images.map((image, i) => {
    const path = `${folder}/image-${i + 1}${image.extension}`;
    body = body.replaceAll(`(${image.placeholder})`, `(${path})`);
    return { path: join('public', path), content: image.bytes };
  });
  const problems = mdxProblems(body);
  if (problems.length)
    fail(problems.map((p) => `  • 正文不是纯 Markdown / body is not plain Markdown: ${p}`).join('\n'));
  if (images.length) report.taken.push(`图片 ${images.length} 张 → public${folder}/`);

  const frontmatter = stringify(data, { lineWidth: 0, flowCollectionPadding: false }).trimEnd();
  taken.add(id);
  return { source, id, files: [{ path: file, content: `---\n${frontmatter}\n---\n\n${body}` }, ...images], report };
}

/** Writes a planned entry and its images; a file that exists is never replaced. */
export function writeEntry(entry: PlannedEntry, root: string): void {
  const clash = entry.files.find((f) => existsSync(join(root, f.path)));
  if (clash)
    throw new ImportError(`${clash.path} 已存在，未覆盖 / already exists; nothing written for ${entry.source}`);
  for (const file of entry.files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.content, { flag: 'wx' });
  }
}

/** Imports files into a project; returns each planned entry or the error that stopped it. */
export async function importFiles(
  sources: readonly string[],
  options: ImportOptions & { dryRun?: boolean },
): Promise<(PlannedEntry | ImportError)[]> {
  const taken = new Set(idsOnDisk(options.collection ?? 'articles', options.root));
  const results: (PlannedEntry | ImportError)[] = [];
  for (const source of sources) {
    try {
      const entry = await planImport(source, options, taken);
      if (!options.dryRun) writeEntry(entry, options.root);
      results.push(entry);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      results.push(error);
    }
  }
  return results;
}

/** The report printed for one file. */
export function formatReport(result: PlannedEntry | ImportError): string {
  if (result instanceof ImportError) return `✗ ${result.message}`;
  const section = (title: string, lines: string[]) =>
    lines.length ? [`  ${title}`, ...lines.map((l) => `    - ${l}`)] : [];
  return [
    `✓ ${result.source} → ${result.files[0]!.path}`,
    ...section('取自原文 / taken:', result.report.taken),
    ...section('已清理 / cleaned:', result.report.cleaned),
    ...section('请编辑检查 / needs an editor’s look:', result.report.review),
  ].join('\n');
}
