/**
 * The bad-input corpus (test/bad-content/<case>/): each case is a small content folder with one
 * thing wrong and a case.json with what the checks must report.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyProblems } from './check-entries.ts';
import { COLLECTIONS, SINGLETONS } from '../model/collections.ts';
import { CONTENT_DIR, folderSources, lookupsIn, settingsSources } from './loader.ts';
import { checkSources, type FileProblem, type SourceSet } from './source-checks.ts';
import type { Lookups } from '../model/to-zod.ts';
import { toZodSchema } from '../model/to-zod.ts';

/** Where the corpus lives, relative to the project root. */
export const CORPUS = 'test/bad-content';

/** One expected problem: where, which field, and words its message must contain (Chinese and English). */
interface Expected {
  file: string;
  line: number | null;
  field: string;
  label: string;
  says: string[];
}

/** A corpus case as described by its case.json. */
export interface BadContentCase {
  name: string;
  dir: string;
  what: string;
  /** The file is acceptable as it is (CRLF): the checks must find nothing. */
  accepted?: boolean;
  /** Why the case cannot pass on this branch yet; it is listed but not run. */
  pending?: string;
  expect: Expected[];
}

/** Reads every case of the corpus. */
export function readCorpus(root = process.cwd()): BadContentCase[] {
  const dir = join(root, CORPUS);
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'case.json')))
    .sort()
    .map((name) => ({ name, dir: join(dir, name), ...JSON.parse(readFileSync(join(dir, name, 'case.json'), 'utf8')) }));
}

/** Runs the loader's checks on a case's folder; references resolve against the real project. */
export function checkCase(dir: string): FileProblem[] {
  const lookups = lookupsIn(process.cwd());
  const sets = [
    ...COLLECTIONS.filter((def) => existsSync(join(dir, CONTENT_DIR, def.name))).map((def) =>
      folderSources(def, toZodSchema(def, lookups), dir),
    ),
    ...SINGLETONS.filter((def) => existsSync(join(dir, CONTENT_DIR, def.file))).map((def) =>
      settingsSources(def, toZodSchema(def, lookups)),
    ),
  ];
  // As in the build: bodies are rendered (and their rules, links and media checked) only when the
  // files passed the source checks, which stop the build first.
  return sets.flatMap((set) => {
    const found = checkSources(dir, set);
    return found.length ? found : folderBodyProblems(dir, set, lookups);
  });
}

/** The body checks of a folder's .mdx files, with the renderer and checks the build uses (src/body/). */
function folderBodyProblems(dir: string, set: SourceSet, lookups: Lookups): FileProblem[] {
  if (set.format !== 'mdx') return [];
  return set.files
    .filter((file) => file.endsWith('.mdx'))
    .flatMap((file) => {
      const problems = bodyProblems(join(dir, set.dir, file), lookups);
      return problems.length ? [{ file: `${set.dir}/${file}`, problems }] : [];
    });
}
