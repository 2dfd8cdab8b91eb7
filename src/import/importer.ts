import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { CATEGORIES, COLLECTIONS, labelOf } from '../model/collections.ts';
import type { CollectionDef } from '../model/fields.ts';
import { assertValid, CONTENT_DIR, idsOnDisk, lookupsIn } from '../checks/loader.ts';
import { toZodSchema } from '../model/to-zod.ts';
import { slugify } from '../lib/slug.ts';
import { cleanDocument, emptyReport, type CleanDocument, type ImportReport } from './document.ts';
import { mdxProblems } from './markdown.ts';
import { readSource, SOURCE_EXTENSIONS } from './sources.ts';

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
  /**
   * Field values used when the source does not state them, e.g. `{ author: '党委办公室', kind: 'reading' }`
   * (`--author`, `--date`, `--set field=value`).
   */
  fallback?: Record<string, string>;
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
    throw new Error(
      `已导入过：${path} 的标题相同，未覆盖。/ Already imported as ${path} (same title); nothing written. Delete or rename that entry to import again.`,
    );
  }
  const inUse = (id: string) => taken.has(id) || existsSync(join(root, 'public', mediaFolder(id)));
  let id = base;
  for (let n = 2; inUse(id); n++) id = `${base}-${n}`;
  return id;
}

/** The frontmatter of an entry: what the source states, the options' values, and notes for the report. */
function frontmatter(
  def: CollectionDef,
  doc: CleanDocument,
  options: ImportOptions,
  report: ImportReport,
): Record<string, unknown> {
  const fields = new Set(def.fields.map((f) => f.name));
  const { facts } = doc;
  const stated: Record<string, unknown> = { ...facts, summary: doc.summary };
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(stated)) {
    if (value === undefined) continue;
    if (fields.has(key)) data[key] = value;
    else report.review.push(`集合“${def.label}”没有“${key}”字段，未保留：${String(value)}`);
  }
  for (const key of ['title', 'date', 'author', 'source'] as const) {
    if (data[key]) report.taken.push(`${key}: ${String(data[key])}`);
  }
  for (const [key, value] of Object.entries(options.fallback ?? {})) {
    if (!fields.has(key) || data[key] !== undefined) continue;
    data[key] = value;
    report.review.push(`原文没有 ${key}，使用了指定的值：${value}`);
  }
  if (fields.has('summary') && doc.summary) report.review.push('摘要取自正文第一段，请改写为一两句话的概括。');
  if (fields.has('category')) {
    data['category'] = options.category ?? 'news';
    if (!options.category) {
      report.review.push(`栏目默认设为“${labelOf(CATEGORIES, 'news')}”（news），请确认或用 --category 指定。`);
    }
  }
  if (fields.has('tags')) {
    data['tags'] = [];
    report.review.push('尚未设置标签（tags），请补充一到六个。');
  }
  // Frontmatter in the order of the model, as editors and the CMS see it.
  return Object.fromEntries(def.fields.filter((f) => data[f.name] !== undefined).map((f) => [f.name, data[f.name]]));
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

  let id: string;
  try {
    id = uniqueId(facts.title, taken, options.root, collection);
  } catch (error) {
    return fail(`  • ${(error as Error).message}`);
  }
  const file = join(CONTENT_DIR, collection, `${id}.mdx`);
  const data = frontmatter(def, doc, options, report);
  try {
    assertValid(def.fields, toZodSchema(def, lookupsIn(options.root)), data, file);
  } catch (error) {
    // The build's footer ("fix the file and build again") does not fit: the file is not written yet.
    const lines = (error as Error).message.split('\n').filter((line) => !line.includes('重新构建'));
    const option = (name: string) =>
      name === 'date' ? '--date YYYY-MM-DD' : name === 'author' ? '--author …' : `--set ${name}=…`;
    const hints = def.fields
      .filter((f) => !f.optional && data[f.name] === undefined)
      .map(
        (f) =>
          `  • 原文中没有“${f.label}”：请用 ${option(f.name)} 指定 / not in the source (${f.name}): pass ${option(f.name)}`,
      );
    fail([...lines, ...hints].join('\n'));
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

  const yamlText = stringify(data, { lineWidth: 0, flowCollectionPadding: false }).trimEnd();
  taken.add(id);
  return { source, id, files: [{ path: file, content: `---\n${yamlText}\n---\n\n${body}` }, ...images], report };
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
