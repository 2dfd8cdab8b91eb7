/**
 * Turns the problems stored with rendered bodies into the `内容错误 / Content error` message that
 * stops the build, and checks every body's links and media against the files of this build.
 */
import type { LoaderContext } from 'astro/loaders';
import { formatContentError, type FieldProblem } from '../model/messages.ts';
import type { Lookups } from '../model/to-zod.ts';
import type { RenderedBody } from './entry-type.ts';
import { explain, type BodyProblem } from './problems.ts';
import { sitePathExists } from './references.ts';

/** One body problem in the project's content-error format: the field is the body, at a line and column. */
export const asFieldProblem = (p: BodyProblem): FieldProblem => ({
  label: '正文',
  path: 'body',
  line: p.line,
  column: p.column,
  zh: `（第 ${p.column} 列）${p.zh}`,
  en: `Column ${p.column}: ${p.en}`,
});

/** The problems of one rendered body, its own and those of its links and media. */
export function problemsOf(metadata: RenderedBody['metadata'], lookups: Lookups): BodyProblem[] {
  const missing = metadata.references.flatMap((r) => {
    if (r.kind === 'media')
      return lookups.mediaExists(r.url.replace(/[?#].*$/, '')) ? [] : [{ ...r, ...explain.missingMedia(r.url) }];
    return sitePathExists(r.url, lookups) ? [] : [{ ...r, ...explain.missingPage(r.url) }];
  });
  return [...metadata.problems, ...missing].sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Checks the bodies of a loaded collection. Entries with problems are removed from the store, so
 * the next build renders and reports them again instead of reusing a cached empty body.
 * Returns one message per file, empty when every body is fine.
 */
export function bodyErrors(store: LoaderContext['store'], lookups: Lookups): string[] {
  const messages: string[] = [];
  for (const [id, entry] of store.entries()) {
    const metadata = entry.rendered?.metadata as RenderedBody['metadata'] | undefined;
    const problems = metadata?.problems
      ? problemsOf(metadata, lookups)
      : [{ line: 1, column: 1, ...explain.unrendered() }];
    if (!problems.length) continue;
    store.delete(id);
    messages.push(formatContentError(entry.filePath ?? id, problems.map(asFieldProblem)));
  }
  return messages;
}
