import { execFileSync } from 'node:child_process';
import { readConfig } from '../../src/config.ts';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect } from '../fixtures.ts';
import { IMAGE_CACHE, startLiveSite } from '../../scripts/lib/live-site.ts';
import { makeTempClone } from '../../scripts/lib/temp-clone.ts';
import { accountStore } from '../../scripts/cms/accounts.ts';
import { ACCOUNTS, PASSWORD } from './accounts.ts';

/** The editors' setup (`npm start`) running in a temporary clone of the repository. */
export interface LiveSite {
  /** The clone's folder: what the editors' server commits to. */
  root: string;
  /** http://127.0.0.1:<port>/ */
  url: string;
  /** Runs git in the clone; the output without its final newline. */
  git: (...args: string[]) => string;
  /** A file exactly as committed at `ref` (`git show ref:path`). */
  show: (ref: string, path: string) => string;
  /** How long each rebuild after a publish took to go live, in ms, newest last. */
  lives: { ms: number; commit: string }[];
}

/**
 * One live site per worker: built and served from a throwaway clone, so the CMS's commits,
 * branches and checkouts never reach the developer's working tree.
 */
export const test = base.extend<{ cmsWatch: void }, { live: LiveSite; precheck: boolean }>({
  /** Whether the CMS gateway checks entries before 待发布 and 发布 (off only to test the publish gate behind it). */
  precheck: [true, { scope: 'worker', option: true }],
  live: [
    async ({ precheck }, use) => {
      const root = makeTempClone();
      // The starter covers' image variants, as the test builds made them: not encoded again per worker.
      if (existsSync(IMAGE_CACHE)) cpSync(IMAGE_CACHE, join(root, IMAGE_CACHE), { recursive: true });
      const lives: LiveSite['lives'] = [];
      const accounts = accountStore(join(root, readConfig().cmsData, 'accounts.json'));
      for (const account of Object.values(ACCOUNTS)) await accounts.add({ ...account, password: PASSWORD });
      // Free ports are taken by startLiveSite just before its servers start, not before its build.
      const { stop, port } = await startLiveSite({
        root,
        host: '127.0.0.1',
        onLive: (ms: number, commit: string) => lives.push({ ms, commit }),
        precheck,
      });
      const exact = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
      const git = (...args: string[]) => exact(...args).trim();
      const show = (ref: string, path: string) => exact('show', `${ref}:${path}`);
      await use({ root, url: `http://127.0.0.1:${port}/`, git, show, lives });
      await stop();
      if (!readConfig().keepClone) rmSync(root, { recursive: true, force: true });
    },
    { scope: 'worker', timeout: 300_000 },
  ],
  baseURL: async ({ live }, use) => use(live.url),
  cmsWatch: [
    async ({ watch }, use) => {
      // Decap asks the server whether an entry has an unpublished draft; "none" is a 404.
      watch.allowedErrors.push(/404 \(Not Found\) http:\/\/127\.0\.0\.1:\d+\/api\/v1\/$/);
      await use();
    },
    { auto: true },
  ],
});

export { expect };
