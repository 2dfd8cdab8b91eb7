// Lighthouse (the npm `lighthouse` package driving Debian's Chromium), mobile preset, on pages of a
// built site served locally. Used by `npm run bench -- --lighthouse`; also runs on its own:
// node scripts/bench/lighthouse.ts <dist> [path …]   (paths relative to the root, e.g. articles/x/)
import { pathToFileURL } from 'node:url';
import { serveStatic } from '../lib/static-server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** [path, "performance / accessibility / best practices / SEO (failing audits)"] for each path. */
export async function runLighthouse(root: string, paths: readonly string[]): Promise<[path: string, scores: string][]> {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const served = await serveStatic(root, '/', { production: true });
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const out: [path: string, scores: string][] = [];
  try {
    for (const path of paths) {
      const result = await lighthouse(`${served.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      if (!result) throw new Error(`Lighthouse returned no result for /${path}`);
      const { categories, audits } = result.lhr;
      const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
      const failing = Object.values(audits)
        .filter(
          (a) =>
            a.score !== null && a.score < 0.9 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode),
        )
        .map((a) => a.id);
      out.push([
        `/${path}`,
        `${score('performance')} / ${score('accessibility')} / ${score('best-practices')} / ${score('seo')}` +
          (failing.length ? ` (below 0.9: ${failing.slice(0, 8).join(', ')})` : ''),
      ]);
    }
  } finally {
    chrome.kill();
    await served.close();
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [root = 'dist', ...paths] = process.argv.slice(2);
  for (const [path, scores] of await runLighthouse(root, paths.length ? paths : ['', 'search/']))
    console.log(`${path.padEnd(40)} ${scores}`);
}
