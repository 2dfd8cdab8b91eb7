/** Runs `git log` once over the content folder (build time only; see revisions.ts). */
import { execFileSync } from 'node:child_process';
import { GIT_LOG_FORMAT, parseGitLog, type Revision } from './revisions.ts';

/** Revision history of every content file, or why there is none. */
export type ContentHistory =
  { available: true; byPath: Map<string, Revision[]> } | { available: false; reason: string };

const git = (cwd: string, args: string[]) =>
  execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

/**
 * Reads the history of `dir` (relative to `cwd`) with one `git log --name-only` pass. A shallow
 * clone would show a truncated, misleading history, so it counts as no history; so do a
 * missing git and a folder outside any repository.
 */
export function readContentHistory(cwd: string, dir = 'src/content'): ContentHistory {
  try {
    if (git(cwd, ['rev-parse', '--is-shallow-repository']).trim() === 'true') {
      return {
        available: false,
        reason: '浅克隆（git clone --depth），历史不完整 / shallow clone, history incomplete',
      };
    }
    const output = git(cwd, ['log', '--relative', `--format=${GIT_LOG_FORMAT}`, '--name-only', '--', dir]);
    return { available: true, byPath: parseGitLog(output) };
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { available: false, reason: `无法读取 git 历史 / git history unavailable: ${detail}` };
  }
}
