// Benchmark of the editors' setup, run in a temporary clone: the size of the /admin/ bundle, the
// time from opening /admin/ to the login button, and the time from a publish (a commit on the
// published branch, as a publish makes it) to the rebuilt site being served.
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { startLiveSite } from './lib/live-site.ts';
import { step } from './lib/run.ts';
import { makeTempClone } from './lib/temp-clone.ts';

const root = makeTempClone();
let resolveLive: (ms: number) => void;
const published = new Promise<number>((resolve) => (resolveLive = resolve));
const { stop, port } = await startLiveSite({ root, host: '127.0.0.1', onLive: (ms) => resolveLive(ms) });
const results: string[] = [];
try {
  const html = readFileSync(join(root, 'dist/admin/index.html'), 'utf8');
  for (const [, src] of html.matchAll(/<script[^>]+src="\/([^"]+)"/g)) {
    const bytes = readFileSync(join(root, 'dist', src!));
    results.push(
      `admin script ${src}: ${(bytes.length / 1e6).toFixed(2)} MB, ${(gzipSync(bytes).length / 1e6).toFixed(2)} MB gzipped`,
    );
  }

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  for (const run of ['cold', 'warm']) {
    const page = await browser.newPage();
    const started = Date.now();
    await page.goto(`http://127.0.0.1:${port}/admin/`);
    await page.getByRole('button', { name: '登录' }).waitFor();
    results.push(`/admin/ to the login button (${run} page, local server): ${Date.now() - started} ms`);
    await page.close();
  }
  await browser.close();

  const file = join(root, 'src/content/articles/2026-democratic-appraisal-notice.mdx');
  appendFileSync(file, '\n基准测试追加的一段。\n');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root });
  git('commit', '-qam', '基准测试：发布');
  const ms = await published;
  results.push(`publish (commit on main) to the rebuilt site served: ${(ms / 1000).toFixed(1)} s`);
} finally {
  await stop();
  rmSync(root, { recursive: true, force: true });
}
step('CMS benchmark');
for (const line of results) console.log(`  ${line}`);
