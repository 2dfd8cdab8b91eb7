/** Data access for revision history: the content files' git history, read once per build. */
import { oncePerBuild } from '../site/data.ts';
import { readContentHistory } from './git-log.ts';
import { historyOf } from './revisions.ts';

/**
 * Revision history of every content file, from one `git log` pass per build. When there is
 * none (shallow clone, no git), the build says why once and pages omit the section.
 */
export const getContentHistory = oncePerBuild(async () => {
  const history = readContentHistory(process.cwd());
  if (!history.available) console.warn(`[xinhuo] 页面不显示修订历史 / revision history omitted: ${history.reason}`);
  return history;
});

/** The revisions of one entry's file, newest first (empty without history). */
export async function getRevisions(entry: { filePath?: string | undefined }) {
  const history = await getContentHistory();
  return history.available ? historyOf(history.byPath, entry.filePath) : [];
}
