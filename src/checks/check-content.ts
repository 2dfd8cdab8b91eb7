/**
 * The checks the build runs on content, over the whole content folder of a project at once and
 * without building: what `npm run check:content` prints, every problem of every file.
 */
import { COLLECTIONS, SINGLETONS } from '../model/collections.ts';
import { folderSources, lookupsIn, settingsSources } from './loader.ts';
import { checkRegularFiles } from './regular-files.ts';
import { checkSources, type FileProblem } from './source-checks.ts';
import { memoLookups, toZodSchema, type Lookups } from '../model/to-zod.ts';

/**
 * Checks every collection folder and settings file under a project root (references resolved by
 * `lookups`), and that `public/` and `src/content/` hold nothing but regular files.
 */
export function checkContent(root: string, lookups: Lookups = memoLookups(lookupsIn(root))): FileProblem[] {
  const sets = [
    ...COLLECTIONS.map((def) => folderSources(def, toZodSchema(def, lookups), root)),
    ...SINGLETONS.map((def) => settingsSources(def, toZodSchema(def, lookups))),
  ];
  return [...checkRegularFiles(root), ...sets.flatMap((set) => checkSources(root, set))];
}
