// The whole test suite, as run by the README's test command and by CI:
// system packages → type check, lint, format → unit tests → builds → search quality → Playwright in Chromium.
import { readFileSync } from 'node:fs';
import { buildAll, freePort } from './lib/builds.mjs';
import { ensureFullHistory } from './lib/git-history.mjs';
import { run, step } from './lib/run.mjs';
import { BROWSER_PACKAGES, ensureDebianPackages } from './lib/system-deps.mjs';

const REPORTS = 'reports';
const started = Date.now();

/** The closing line CI reads: counts from the Vitest and Playwright JSON reports. */
function summary() {
  const unit = JSON.parse(readFileSync(`${REPORTS}/unit.json`, 'utf8'));
  const e2e = JSON.parse(readFileSync(`${REPORTS}/e2e.json`, 'utf8')).stats;
  const passed = unit.numPassedTests + e2e.expected;
  const failed = unit.numFailedTests + e2e.unexpected + e2e.flaky;
  const skipped = unit.numPendingTests + unit.numTodoTests + e2e.skipped;
  return `${passed} passed, ${failed} failed, ${skipped} skipped`;
}
try {
  await ensureDebianPackages(BROWSER_PACKAGES);
  step('Type check, lint and format check (npm run check)');
  await run('npm', ['run', '--silent', 'check']);
  step('Unit tests (vitest)');
  await run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile=${REPORTS}/unit.json`]);
  // The builds bake their origin into RSS and sitemap URLs, so the ports are chosen before building.
  process.env.XINHUO_E2E_PORTS ??= `${await freePort()},${await freePort()}`;
  await ensureFullHistory();
  await buildAll();
  step('Search quality on the starter content (recall@5 and MRR, threshold 0.95)');
  await run('node', ['scripts/search-quality.mjs', '--dist', 'dist', '--min-recall', '0.95']);
  step('End-to-end tests (Playwright, Debian Chromium)');
  await run('playwright', ['test'], { env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${REPORTS}/e2e.json` } });
  console.log(`\nAll tests passed in ${Math.round((Date.now() - started) / 1000)} s.`);
  console.log(summary());
} catch (error) {
  console.error(`\n✗ ${error.message}`);
  process.exit(1);
}
