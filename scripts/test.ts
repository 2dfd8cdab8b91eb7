// The whole test suite, as run by the README's test command and by CI:
// system packages → type check, lint, format → unit tests → tests that build sites → builds → search quality
// (starter content, real text) → Playwright in Chromium
// → the intranet mirror under real nginx (scripts/test-nginx.ts).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { buildAll, freePort } from './lib/builds.ts';
import { ensureFullHistory } from './lib/git-history.ts';
import { run, step } from './lib/run.ts';
import { BROWSER_PACKAGES, ensureDebianPackages } from './lib/system-deps.ts';

const REPORTS = 'reports';
/** The Vitest projects (vitest.config.ts), fast one first so that a broken helper fails in a minute, not after the builds. */
const VITEST_RUNS = [
  { project: 'unit', title: 'Unit tests (vitest, project unit)', report: 'unit.json' },
  { project: 'build', title: 'Tests that build sites (vitest, project build)', report: 'build.json' },
];
// The CMS project builds and rebuilds its own site: run after the others so its builds do not
// slow their timed pages (axe checks) on a 2-core machine.
const E2E_RUNS = [
  { projects: ['root', 'subpath'], report: 'e2e.json' },
  { projects: ['cms', 'xss'], report: 'e2e-cms.json' },
];
/** The mirror archive published and served by nginx: its own script (builds, publishes, starts nginx). */
const NGINX_REPORT = 'e2e-nginx.json';
const started = Date.now();

/** The closing line CI reads: counts from the Vitest and Playwright JSON reports. */
function summary() {
  const vitest = VITEST_RUNS.map(({ report }) => JSON.parse(readFileSync(`${REPORTS}/${report}`, 'utf8')));
  const count = (key: 'numPassedTests' | 'numFailedTests' | 'numPendingTests' | 'numTodoTests') =>
    vitest.reduce((total, report) => total + report[key], 0);
  // No nginx report: its setup (mirror build, publish, nginx start) failed before any test ran.
  const nginxRan = existsSync(`${REPORTS}/${NGINX_REPORT}`);
  const reports = [...E2E_RUNS.map((r) => r.report), ...(nginxRan ? [NGINX_REPORT] : [])];
  const e2e = reports.map((report) => JSON.parse(readFileSync(`${REPORTS}/${report}`, 'utf8')).stats);
  const sum = (key: 'expected' | 'unexpected' | 'flaky' | 'skipped') =>
    e2e.reduce((total, stats) => total + stats[key], 0);
  const passed = count('numPassedTests') + sum('expected');
  const failed = count('numFailedTests') + sum('unexpected') + (nginxRan ? 0 : 1);
  const skipped = count('numPendingTests') + count('numTodoTests') + sum('skipped');
  const flaky = sum('flaky') > 0 ? `, ${sum('flaky')} flaky (passed on retry)` : '';
  return `${passed} passed, ${failed} failed${flaky}, ${skipped} skipped`;
}

interface PlaywrightSuite {
  title: string;
  specs?: {
    title: string;
    file: string;
    line: number;
    tests: { projectName: string; status: string; results: { error?: { message?: string } }[] }[];
  }[];
  suites?: PlaywrightSuite[];
}

/**
 * The end-to-end tests that failed or were flaky, by name, printed last: CI keeps only the end of the
 * output, and the Playwright lists above it are long. (A unit test failure stops the suite, Vitest's
 * own summary last.)
 */
function failures(): string[] {
  const lines: string[] = [];
  const walk = (suite: PlaywrightSuite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        if (test.status === 'unexpected' || test.status === 'flaky') {
          const flaky = test.status === 'flaky' ? ' (flaky: failed, then passed on its retry)' : '';
          lines.push(`[${test.projectName}] ${spec.file}:${spec.line} › ${spec.title}${flaky}`);
          const error = test.results.find((result) => result.error?.message)?.error?.message ?? '';
          // The error's first line, without colours: what went wrong, for the reader of a CI log's tail.
          const first = stripVTControlCharacters(error).split('\n')[0]!.slice(0, 300);
          if (first) lines.push(`    ${first}`);
        }
      }
    }
    suite.suites?.forEach(walk);
  };
  for (const report of [...E2E_RUNS.map((r) => r.report), NGINX_REPORT]) {
    if (existsSync(`${REPORTS}/${report}`))
      JSON.parse(readFileSync(`${REPORTS}/${report}`, 'utf8')).suites.forEach(walk);
  }
  return lines;
}
try {
  await ensureDebianPackages(BROWSER_PACKAGES);
  step('Type check, lint and format check (npm run check)');
  await run('npm', ['run', '--silent', 'check']);
  for (const { project, title, report } of VITEST_RUNS) {
    step(title);
    const reporters = ['--reporter=default', '--reporter=json', `--outputFile=${REPORTS}/${report}`];
    await run('vitest', ['run', `--project=${project}`, ...reporters]);
  }
  // The builds bake their origin into RSS and sitemap URLs, so the ports are chosen before building.
  process.env.XINHUO_E2E_PORTS ??= `${await freePort()},${await freePort()}`;
  await ensureFullHistory();
  await buildAll();
  step('Search quality on the starter content (recall@5 and MRR, threshold 0.95)');
  await run('node', ['scripts/search-quality.ts', '--dist', 'dist', '--min-recall', '0.95']);
  step('Search quality on real text (chinese-poetry: 1,000 pages, 300 sampled queries; recall@5 0.98 / 0.95)');
  await run('node', ['scripts/search-real-text.ts', '--pages', '1000', '--queries', '300']);
  let e2eFailure;
  for (const { projects, report } of E2E_RUNS) {
    step(`End-to-end tests: ${projects.join(', ')} (Playwright, Debian Chromium)`);
    const args = ['test', ...projects.map((p) => `--project=${p}`)];
    // Both runs go ahead even if the first fails; the summary counts both.
    await run('playwright', args, { env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${REPORTS}/${report}` } }).catch((error) => {
      e2eFailure ??= error;
    });
  }
  step('The intranet mirror under real nginx (npm run test:nginx)');
  rmSync(`${REPORTS}/${NGINX_REPORT}`, { force: true });
  await run('node', ['scripts/test-nginx.ts'], {
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${REPORTS}/${NGINX_REPORT}` },
  }).catch((error) => {
    e2eFailure ??= error;
  });
  const failed = failures();
  if (failed.length > 0) console.log(`\nFailed or flaky:\n${failed.map((line) => `  ${line}`).join('\n')}\n`);
  if (e2eFailure) {
    console.log(summary());
    throw e2eFailure;
  }
  console.log(`\nAll tests passed in ${Math.round((Date.now() - started) / 1000)} s.`);
  console.log(summary());
} catch (error) {
  console.error(`\n✗ ${(error as Error).message}`);
  process.exit(1);
}
