/**
 * The build's checks on chosen content files, without building: the bytes, the frontmatter and
 * the model's field and cross-field rules (source-checks.ts), then the body's policy, links and
 * media (src/body/, the same renderer the build uses). The live site runs this on every file a
 * publish changed, so one bad entry is held back instead of failing the whole rebuild.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxEntryType, renderEntryBody } from '../body/entry-type.ts';
import { asFieldProblem, problemsOf } from '../body/errors.ts';
import { COLLECTIONS, SINGLETONS } from '../model/collections.ts';
import { linesBeforeBody } from '../model/frontmatter.ts';
import { CONTENT_DIR, folderSources, lookupsIn, settingsSources } from './loader.ts';
import type { FieldProblem } from '../model/messages.ts';
import { checkFolderNames, checkSources, type FileProblem, type SourceSet } from './source-checks.ts';
import { memoLookups, toZodSchema, type Lookups } from '../model/to-zod.ts';

/** The source set of the folder or settings file that holds a content file (relative to the project root). */
function sourceSetOf(root: string, file: string, lookups: Lookups): SourceSet | undefined {
  const def = COLLECTIONS.find((d) => file.startsWith(`${CONTENT_DIR}/${d.name}/`));
  if (def) return folderSources(def, toZodSchema(def, lookups), root);
  const singleton = SINGLETONS.find((d) => file === `${CONTENT_DIR}/${d.file}`);
  return singleton && settingsSources(singleton, toZodSchema(singleton, lookups));
}

/** A body problem also knows its line within the body as the CMS shows it (after the closing `---`). */
export type BodyFieldProblem = FieldProblem & { bodyLine?: number };

/** The problems of an `.mdx` file's body (its rules, links and media), as the build reports them. */
export function bodyProblems(path: string, lookups: Lookups, base = '/'): BodyFieldProblem[] {
  const contents = readFileSync(path, 'utf8');
  const { body } = mdxEntryType.getEntryInfo({ contents, fileUrl: pathToFileURL(path) });
  const rendered = renderEntryBody(body, path, { base, markdown: {} });
  const before = linesBeforeBody(contents);
  return problemsOf(rendered.metadata, lookups)
    .map(asFieldProblem)
    .map((p) => (p.line === undefined ? p : { ...p, bodyLine: p.line - before }));
}

/**
 * Checks content files (paths relative to `root`) as the build would; files that are not content
 * entries (uploads, code) and files that no longer exist are skipped. Returns the files with problems.
 */
export function checkEntries(
  root: string,
  files: readonly string[],
  { base = '/', lookups = memoLookups(lookupsIn(root)) }: { base?: string; lookups?: Lookups } = {},
): FileProblem[] {
  const found: FileProblem[] = [];
  for (const file of files) {
    const set = sourceSetOf(root, file, lookups);
    if (!set || !existsSync(join(root, file))) continue;
    const name = file.slice(set.dir.length + 1);
    // File names are checked against the whole folder (two files may claim one id); a clash is
    // this file's problem whether the check reports it here or on the file it clashes with.
    const names = set.namesAreIds
      ? checkFolderNames(set.dir, set.format, set.files)
          .filter((f) => f.file === file || f.problems.some((p) => p.zh.includes(file)))
          .flatMap((f) => f.problems)
      : [];
    const problems = [
      ...names,
      ...checkSources(root, { ...set, files: [name], namesAreIds: false }).flatMap((f) => f.problems),
    ];
    // A body is rendered only when its file is sound, as in the build.
    if (problems.length === 0 && file.endsWith('.mdx')) problems.push(...bodyProblems(join(root, file), lookups, base));
    if (problems.length) found.push({ file, problems });
  }
  return found;
}
