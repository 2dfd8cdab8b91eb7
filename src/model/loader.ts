import { existsSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { bodyErrors } from '../body/errors';
import { RENDERER_DIGEST } from '../body/version';
import { mediaFileSize } from '../lib/files';
import { SLUG_PATTERN, slugify } from '../lib/slug';
import type { CollectionDef, Field, SingletonDef } from './fields';
import { explainIssues, formatContentError } from './messages';
import type { Lookups } from './to-zod';

/** Where content lives, relative to the project root (Astro runs from there). */
export const CONTENT_DIR = 'src/content';

/** Glob of the files of each format (a one-item `{a}` brace would not expand). */
const PATTERNS = { mdx: '**/*.mdx', yml: '**/*.{yml,yaml}' } as const;

/** A content problem that must stop the build; its message names the file and field. */
export class ContentError extends Error {
  override name = 'ContentError';
}

/** The entry id of a content file: its file name without extension, which must be an ASCII slug. */
export function idFromPath(collection: string, entry: string): string {
  const name = basename(entry, extname(entry));
  if (!SLUG_PATTERN.test(name)) {
    const suggestion = slugify(name) || 'new-entry';
    throw new ContentError(
      [
        `内容错误 / Content error: ${CONTENT_DIR}/${collection}/${entry}`,
        `  • 文件名“${name}”不能用作网址：只能使用小写字母、数字和连字符，例如 ${suggestion}。`,
        `    The file name must be an ASCII slug (a-z, 0-9, -), e.g. ${suggestion}. Rename the file.`,
      ].join('\n'),
    );
  }
  return name;
}

/** Lists the ids of a collection by reading its folder under a project root. */
export const idsOnDisk = (collection: string, root = process.cwd()): ReadonlySet<string> => {
  const dir = join(root, CONTENT_DIR, collection);
  try {
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
    return new Set(files.filter((f) => /\.(mdx|ya?ml)$/.test(f)).map((f) => basename(f, extname(f))));
  } catch {
    return new Set();
  }
};

/** Checks references against the files of a project: entries in src/content, media in public/. */
export const lookupsIn = (root: string): Lookups => ({
  ids: (collection) => idsOnDisk(collection, root),
  mediaExists: (path) => mediaFileSize(path, join(root, 'public')) !== undefined,
});

/** Checks references against the files on disk of the project being built (the working directory). */
export const LOOKUPS_ON_DISK: Lookups = {
  ids: (collection) => idsOnDisk(collection),
  mediaExists: (path) => mediaFileSize(path) !== undefined,
};

/** Validates raw entry data, throwing a ContentError that explains every problem. */
export function assertValid(fields: readonly Field[], schema: z.ZodType, data: unknown, filePath: string): void {
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new ContentError(formatContentError(filePath, explainIssues(fields, result.error.issues, data)));
  }
}

function wrap(inner: Loader, fields: readonly Field[], schema: z.ZodType): Loader {
  return {
    name: 'xinhuo-model-loader',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          const root = context.config.root.pathname;
          const filePath = props.filePath?.startsWith(root) ? props.filePath.slice(root.length) : props.filePath;
          assertValid(fields, schema, props.data, filePath ?? props.id);
          return context.parseData(props);
        },
      }),
  };
}

/**
 * Loads a folder collection with the glob loader, giving each entry its file name as id and
 * explaining schema problems in Chinese and English with the file and field (Astro's own message
 * names neither the file nor the fix). Two files with one id are an error: Astro would keep one
 * silently when their contents are identical.
 */
export function modelLoader(def: CollectionDef, schema: z.ZodType, lookups: Lookups = LOOKUPS_ON_DISK): Loader {
  return {
    name: 'xinhuo-model-loader',
    load: async (context) => {
      const seen = new Map<string, string>();
      const inner = glob({
        pattern: PATTERNS[def.format],
        base: `./${CONTENT_DIR}/${def.name}`,
        generateId: ({ entry }) => {
          const id = idFromPath(def.name, entry);
          const previous = seen.get(id);
          if (previous && previous !== entry && existsSync(join(CONTENT_DIR, def.name, previous))) {
            throw new ContentError(duplicateMessage(def.name, id, previous, entry));
          }
          seen.set(id, entry);
          return id;
        },
      });
      if (def.format !== 'mdx') return wrap(inner, def.fields, schema).load(context);
      // Bodies are rendered when loaded (src/body/entry-type.ts) and cached by digest: the
      // renderer's own digest joins the file's, so a changed renderer renders every body again.
      await wrap(inner, def.fields, schema).load({
        ...context,
        generateDigest: (data) => context.generateDigest(typeof data === 'string' ? RENDERER_DIGEST + data : data),
      });
      const errors = bodyErrors(context.store, lookups);
      if (errors.length) throw new ContentError(errors.join('\n\n'));
    },
  };
}

function duplicateMessage(collection: string, id: string, first: string, second: string): string {
  const dir = `${CONTENT_DIR}/${collection}`;
  return [
    `内容错误 / Content error: ${dir}/${second}`,
    `  • 与 ${dir}/${first} 的文件名重复（“${id}”）。文件名就是网址，必须唯一：请重命名其中一个文件。`,
    `    Duplicate id "${id}": ${dir}/${first} has the same file name. Ids are URLs and must be unique; rename one.`,
  ].join('\n');
}

/** Loads one settings file as a collection with a single entry. */
export function singletonLoader(def: SingletonDef, schema: z.ZodType): Loader {
  const inner = glob({
    pattern: basename(def.file),
    base: `./${CONTENT_DIR}/${def.file.slice(0, -basename(def.file).length)}`,
    generateId: () => def.name,
  });
  return wrap(inner, def.fields, schema);
}
