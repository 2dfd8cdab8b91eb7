/**
 * The bad-input corpus (test/bad-content/<case>/): each case is a small content folder with one
 * thing wrong and a case.json with what the checks must report.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, SINGLETONS } from './collections';
import { CONTENT_DIR, folderSources, lookupsIn, settingsSources } from './loader';
import { checkSources, type FileProblem } from './source-checks';
import { toZodSchema } from './to-zod';

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
  return sets.flatMap((set) => checkSources(dir, set));
}
