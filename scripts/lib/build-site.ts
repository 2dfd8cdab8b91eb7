// The production build: `astro build`, then the search index in a process of its own. Astro's
// process keeps the whole site in memory to its end; indexing after it has exited means the two
// never add up (the 10,000-article memory target). `astro build` alone still indexes, in its hook.
import { existsSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readConfig } from '../../src/config.ts';
import { SEARCH_JOB_ENV } from '../../src/search/indexer.ts';
import { run } from './run.ts';

/** The start of the name of a build's temporary folder (its search job), before the builder's process id. */
export const SEARCH_JOB_PREFIX = 'xinhuo-search-';

export interface BuildOptions {
  cwd?: string;
  env?: Record<string, string>;
  astroArgs?: readonly string[];
  keepOutput?: boolean;
}

/**
 * Builds the site in `cwd` with `env` (XINHUO_BASE, XINHUO_OUT_DIR, …); rejects when either step
 * fails, with the end of the step's output as `error.output` when `keepOutput` is set.
 */
export async function buildSite({
  cwd = process.cwd(),
  env = {},
  astroArgs = [],
  keepOutput = false,
}: BuildOptions = {}) {
  // Named with this process's id, so `npm start` can delete what a killed build left (cleanLeftovers).
  const dir = await mkdtemp(join(tmpdir(), `${SEARCH_JOB_PREFIX}${process.pid}-`));
  const jobFile = join(dir, 'search-job.json');
  // The last build's search index (tens of thousands of small files on a large site) is moved
  // aside and deleted while Astro builds, on the other core, instead of by Astro's emptying of
  // the output folder (the index is put together again from its cache afterwards).
  const outDir = resolve(cwd, readConfig({ ...process.env, ...env }).outDir);
  let oldIndex: Promise<void> = Promise.resolve();
  if (existsSync(join(outDir, 'pagefind'))) {
    const aside = `${outDir}.old-search-index-${process.pid}`;
    await rename(join(outDir, 'pagefind'), aside);
    oldIndex = rm(aside, { recursive: true, force: true });
  }
  try {
    await run('astro', ['build', ...astroArgs], { cwd, keepOutput, env: { ...env, [SEARCH_JOB_ENV]: jobFile } });
    await run(process.execPath, [join(cwd, 'scripts/index-search.ts'), jobFile], { cwd, keepOutput, env });
  } finally {
    await Promise.all([oldIndex, rm(dir, { recursive: true, force: true })]);
  }
}
