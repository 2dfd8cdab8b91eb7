import { readdirSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { bodyErrors } from '../body/errors.ts';
import { RENDERER_DIGEST } from '../body/version.ts';
import { BUILD_CACHE_DIR, mediaFileSize } from '../lib/files.ts';
import type { CollectionDef, Field, SingletonDef } from '../model/fields.ts';
import { explainIssues, formatContentError } from '../model/messages.ts';
import { rawCheckCache, rawChecksVersion } from './raw-cache.ts';
import { checkSources, formatFileProblems, type SourceSet } from './source-checks.ts';
import { memoLookups, type Lookups } from '../model/to-zod.ts';

/** Where content lives, relative to the project root (Astro runs from there). */
export const CONTENT_DIR = 'src/content';

/** Glob of the files of each format (a one-item `{a}` brace would not expand). */
const PATTERNS = { mdx: '**/*.mdx', yml: '**/*.{yml,yaml}' } as const;

/** Where the build remembers files that passed the byte-level checks. */
const RAW_CHECK_CACHE = `${BUILD_CACHE_DIR}xinhuo-raw-checks`;
let RAW_CHECKS_VERSION: string | undefined;

/** A content problem that must stop the build; its message names the file and field. */
export class ContentError extends Error {
  override name = 'ContentError';
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

/**
 * Wraps a glob loader: first every file is checked from its raw bytes to its fields, with lines
 * (source-checks.ts; all problems of all files in one error), then Astro parses the files and the
 * schema runs again on its data as a backstop (and alone for files changed under `astro dev`).
 */
function wrap(inner: Loader, sources: (root: string) => SourceSet): Loader {
  return {
    name: 'xinhuo-model-loader',
    load: (context) => {
      const root = context.config.root.pathname;
      const set = sources(root);
      // Files whose bytes passed last build skip the byte-level checks (see raw-cache.ts).
      // One file per folder collection, one per settings file (several settings share a folder).
      const name = (set.namesAreIds ? set.dir : `${set.dir}/${set.files[0]}`).replace(/[^\w-]+/g, '_');
      const cache = rawCheckCache(
        join(root, RAW_CHECK_CACHE, `${name}.json`),
        (RAW_CHECKS_VERSION ??= rawChecksVersion()),
      );
      const found = checkSources(root, set, cache);
      cache.save();
      if (found.length) throw new ContentError(formatFileProblems(found));
      return inner.load({
        ...context,
        parseData: async (props) => {
          const filePath = props.filePath?.startsWith(root) ? props.filePath.slice(root.length) : props.filePath;
          assertValid(set.fields, set.schema, props.data, filePath ?? props.id);
          return context.parseData(props);
        },
      });
    },
  };
}

/**
 * Loads a folder collection with the glob loader, giving each entry its file name as id (the
 * folder check has made sure names are slugs and unique) and explaining every problem in Chinese
 * and English with the file, line and field (Astro's own message names neither the file nor the fix).
 */
export function modelLoader(def: CollectionDef, schema: z.ZodType, lookups: Lookups = LOOKUPS_ON_DISK): Loader {
  const inner = glob({
    pattern: PATTERNS[def.format],
    base: `./${CONTENT_DIR}/${def.name}`,
    generateId: ({ entry }) => basename(entry, extname(entry)),
  });
  const loader = wrap(inner, (root) => folderSources(def, schema, root));
  if (def.format !== 'mdx') return loader;
  return {
    name: loader.name,
    load: async (context) => {
      // Bodies are rendered when loaded (src/body/entry-type.ts) and cached by digest: the
      // renderer's own digest joins the file's, so a changed renderer renders every body again.
      await loader.load({
        ...context,
        generateDigest: (data) => context.generateDigest(typeof data === 'string' ? RENDERER_DIGEST + data : data),
      });
      const errors = bodyErrors(context.store, memoLookups(lookups));
      if (errors.length) throw new ContentError(errors.join('\n\n'));
      // Only the rendered body is kept: Astro bundles the whole data store into the build, and the
      // MDX source would be nearly half of it (10,000 articles: ≈90 MB, seconds of bundling).
      for (const entry of context.store.values()) {
        if (entry.body === undefined) continue;
        context.store.delete(entry.id);
        context.store.set({ ...entry, body: undefined });
      }
    },
  };
}

/** The files of a collection's folder under a project root, as checked before loading. */
export function folderSources(def: CollectionDef, schema: z.ZodType, root: string): SourceSet {
  const dir = `${CONTENT_DIR}/${def.name}`;
  return { ...def, schema, dir, files: folderFiles(root, dir), namesAreIds: true };
}

/** A settings file, as checked before loading. */
export function settingsSources(def: SingletonDef, schema: z.ZodType): SourceSet {
  const dir = `${CONTENT_DIR}/${dirname(def.file)}`;
  return { ...def, schema, format: 'yml', dir, files: [basename(def.file)], namesAreIds: false };
}

/** The files of a folder under a project root, relative to the folder. */
const folderFiles = (root: string, dir: string): string[] => {
  try {
    return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(join(root, dir), join(entry.parentPath, entry.name)));
  } catch {
    return [];
  }
};

/** Loads one settings file as a collection with a single entry. */
export function singletonLoader(def: SingletonDef, schema: z.ZodType): Loader {
  const inner = glob({
    pattern: basename(def.file),
    base: `./${CONTENT_DIR}/${def.file.slice(0, -basename(def.file).length)}`,
    generateId: () => def.name,
  });
  return wrap(inner, () => settingsSources(def, schema));
}
