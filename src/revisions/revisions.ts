/**
 * Revision history of content files from one `git log` pass (traceability: who changed what,
 * when). The parser is pure; `git-log.ts` runs git once per build.
 */

/** One commit that touched a file. */
export interface Revision {
  hash: string;
  /** Author date. */
  date: Date;
  author: string;
  message: string;
}

/** Record and field separators in GIT_LOG_FORMAT (ASCII RS and US never occur in messages). */
const RS = '\x1e';
const US = '\x1f';

/** The `--format` for `git log --name-only` that parseGitLog reads: hash, ISO date, author, subject. */
export const GIT_LOG_FORMAT = '%x1e%H%x1f%aI%x1f%an%x1f%s';

/**
 * Parses `git log --format=GIT_LOG_FORMAT --name-only` into revisions per file path, newest first
 * (git's order). Malformed records are skipped rather than failing the build.
 */
export function parseGitLog(output: string): Map<string, Revision[]> {
  const byPath = new Map<string, Revision[]>();
  for (const record of output.split(RS)) {
    const [header = '', ...files] = record.split('\n');
    const [hash, iso, author, message] = header.split(US);
    const date = new Date(iso ?? '');
    if (!hash || !/^[0-9a-f]{7,64}$/.test(hash) || Number.isNaN(date.getTime())) continue;
    const revision: Revision = { hash, date, author: author ?? '', message: message ?? '' };
    for (const file of files.map((f) => f.trim()).filter(Boolean)) {
      const list = byPath.get(file);
      if (list) list.push(revision);
      else byPath.set(file, [revision]);
    }
  }
  return byPath;
}

/** The history of a content file, by the path Astro reports for its entry (`./` or not). */
export function historyOf(
  byPath: ReadonlyMap<string, readonly Revision[]>,
  filePath: string | undefined,
): readonly Revision[] {
  if (!filePath) return [];
  return byPath.get(filePath.replace(/^\.\//, '')) ?? [];
}
