/**
 * Nothing lost: a commit with bad content (here a GBK-encoded article from the bad-input corpus)
 * makes the rebuild after a publish fail, and the live site keeps serving the previous build —
 * not one failed request while the build runs, no half-written output, no source file touched.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS } from '../../src/model/test-corpus';
import { buildCheckout, rebuild, watchBranch } from './live-site.mjs';
import { serveStatic } from './static-server.mjs';
import { makeTempClone } from './temp-clone.mjs';

const BAD_FILE = 'src/content/articles/case.mdx';
const clone = makeTempClone();
afterAll(() => rmSync(clone, { recursive: true, force: true }));

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the live site after a bad commit', { timeout: 180_000 }, () => {
  it('keeps serving the previous build when the rebuild fails', async () => {
    // The previous build, as served: a stand-in page is enough, the point is that it is never replaced.
    const live = join(clone, 'dist');
    mkdirSync(live, { recursive: true });
    writeFileSync(join(live, 'index.html'), '<!doctype html><title>上一版本</title><p>previous build</p>');
    const server = await serveStatic(live);
    const checkout = await buildCheckout(clone);
    const results: boolean[] = [];
    const stopWatching = watchBranch({
      root: clone,
      branch: 'main',
      interval: 100,
      settle: 200,
      build: async (commit) => {
        const ok = await rebuild({ root: clone, outDir: 'dist', env: {}, checkout, commit });
        results.push(ok);
        return ok;
      },
    });
    try {
      await sleep(500); // the watcher has seen the starting commit
      cpSync(join(CORPUS, 'encoding-gbk', BAD_FILE), join(clone, BAD_FILE));
      const committed = sha256(join(clone, BAD_FILE));
      execFileSync('git', ['add', '-A'], { cwd: clone });
      execFileSync('git', ['commit', '-q', '-m', 'A GBK-encoded article'], { cwd: clone });
      let requests = 0;
      let failed = 0;
      while (results.length === 0) {
        const response = await fetch(server.url).catch(() => undefined);
        requests++;
        if (!response?.ok || !(await response.text()).includes('previous build')) failed++;
        await sleep(100);
      }
      expect(results).toEqual([false]);
      expect(requests).toBeGreaterThan(5);
      expect(failed).toBe(0);
      expect(readFileSync(join(live, 'index.html'), 'utf8')).toContain('previous build');
      expect(existsSync(join(clone, 'dist-next'))).toBe(false);
      expect(sha256(join(clone, BAD_FILE))).toBe(committed);
      expect(sha256(join(checkout.dir, BAD_FILE))).toBe(committed);
    } finally {
      await stopWatching();
      await server.close();
      await checkout.remove();
    }
  });
});
