// Revision history needs the whole git history; CI may check out a shallow clone.
import { execFileSync } from 'node:child_process';
import { run, step } from './run.ts';

/** Whether the checkout is a shallow clone (false when git or the repository is missing). */
export function isShallow() {
  try {
    return execFileSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).trim() === 'true';
  } catch {
    return false;
  }
}

/**
 * Fetches the full history of a shallow clone, so the test builds show revision histories and
 * the e2e test checks them. When the remote cannot be reached, the builds omit the histories
 * (and say so), and the e2e test checks that instead.
 */
export async function ensureFullHistory() {
  if (!isShallow()) return;
  step('Shallow clone: fetching the full git history for the revision histories');
  try {
    await run('git', ['fetch', '--quiet', '--unshallow']);
  } catch (error) {
    console.warn(`Could not unshallow (${(error as Error).message}); pages will omit their revision history.`);
  }
}
