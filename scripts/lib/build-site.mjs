// The production build: `astro build`, then the search index in a process of its own. Astro's
// process keeps the whole site in memory to its end; indexing after it has exited means the two
// never add up (the 10,000-article memory target). `astro build` alone still indexes, in its hook.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEARCH_JOB_ENV } from '../../src/search/indexer.ts';
import { run } from './run.mjs';

/** Builds the site in `cwd` with `env` (XINHUO_BASE, XINHUO_OUT_DIR, …); rejects when either step fails. */
export async function buildSite({ cwd = process.cwd(), env = {}, astroArgs = [], spawn = run } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'xinhuo-build-'));
  const jobFile = join(dir, 'search-job.json');
  try {
    await spawn('astro', ['build', ...astroArgs], { cwd, env: { ...env, [SEARCH_JOB_ENV]: jobFile } });
    await spawn(process.execPath, [join(cwd, 'scripts/index-search.mjs'), jobFile], { cwd, env });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
