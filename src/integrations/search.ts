import type { AstroIntegration } from 'astro';
import { readConfig } from '../config.ts';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { traditionalCharacters } from '../search/chinese.ts';
import { buildSearchIndex, describeReport, INDEXING_MESSAGE, type SearchJob } from '../search/indexer.ts';

const TRIGGERS_MODULE = 'virtual:xinhuo/traditional-characters';

/**
 * A full garbage collection before the index workers start: the build's own garbage would
 * otherwise stay resident next to them (the whole process tree counts against the memory budget).
 */
function collectGarbage(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().rss;
}

/**
 * Search, wired into the build: after `astro build` writes the pages, Pagefind indexes them through
 * its Node API (the index is never copied into `public/`). With XINHUO_SEARCH_JOB set (as
 * `npm run build` does), the hook only writes down the job and the index is built once Astro has
 * exited. It also gives the browser code the list of Traditional characters, whose presence means a
 * query needs conversion.
 */
export function search(): AstroIntegration {
  let base = '/';
  let cacheDir = '';
  return {
    name: 'xinhuo:search',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        // Indexed shards are kept here between builds: a rebuild re-indexes only the shards whose pages changed.
        cacheDir = fileURLToPath(new URL('search-shards/', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'xinhuo:traditional-characters',
                resolveId: (id: string) => (id === TRIGGERS_MODULE ? `\0${TRIGGERS_MODULE}` : undefined),
                load: (id: string) =>
                  id === `\0${TRIGGERS_MODULE}`
                    ? `export default ${JSON.stringify(traditionalCharacters())};`
                    : undefined,
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const job: SearchJob = { outDir: fileURLToPath(dir), base, cacheDir };
        const jobFile = readConfig().searchJob;
        if (jobFile) {
          // `npm run build` (scripts/lib/build-site.ts) indexes after Astro has exited and freed its memory.
          writeFileSync(jobFile, JSON.stringify(job));
          logger.info('The search index is built next, in its own process.');
          return;
        }
        const before = process.memoryUsage().rss;
        const after = collectGarbage();
        const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
        logger.info(`${INDEXING_MESSAGE} (build process: ${gb(before)} → ${gb(after)} after GC)`);
        const started = performance.now();
        const report = await buildSearchIndex({ ...job, warn: (message) => logger.warn(message) });
        logger.info(describeReport(report, performance.now() - started));
      },
    },
  };
}
