import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { traditionalCharacters } from '../search/chinese';
import { buildSearchIndex } from '../search/indexer';

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
 * its Node API (the index is never copied into `public/`). It also gives the browser code the list
 * of Traditional characters, whose presence means a query needs conversion.
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
        const before = process.memoryUsage().rss;
        const after = collectGarbage();
        const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
        logger.info(`Indexing the built pages for search… (build process: ${gb(before)} → ${gb(after)} after GC)`);
        const started = performance.now();
        const report = await buildSearchIndex({
          outDir: fileURLToPath(dir),
          base,
          cacheDir,
          warn: (message) => logger.warn(message),
        });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `Indexed ${report.pages} pages and ${report.attachments} attachments in ${seconds}s: ` +
            `${report.shards} shards (${report.reused} unchanged, from the cache; ${report.workers} workers), ` +
            `${report.files} files, ${(report.bytes / 1024).toFixed(0)} KB`,
        );
      },
    },
  };
}
