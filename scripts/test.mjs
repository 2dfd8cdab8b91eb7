// The whole test suite, as run by the README's test command and by CI:
// system packages → type check, lint, format → unit tests → builds → Playwright in Chromium.
import { buildAll, freePort } from './lib/builds.mjs';
import { run, step } from './lib/run.mjs';
import { BROWSER_PACKAGES, ensureDebianPackages } from './lib/system-deps.mjs';

const started = Date.now();
try {
  await ensureDebianPackages(BROWSER_PACKAGES);
  step('Type check, lint and format check (npm run check)');
  await run('npm', ['run', '--silent', 'check']);
  step('Unit tests (vitest)');
  await run('vitest', ['run']);
  // The builds bake their origin into RSS and sitemap URLs, so the ports are chosen before building.
  process.env.XINHUO_E2E_PORTS ??= `${await freePort()},${await freePort()}`;
  await buildAll();
  step('End-to-end tests (Playwright, Debian Chromium)');
  await run('playwright', ['test']);
  console.log(`\nAll tests passed in ${Math.round((Date.now() - started) / 1000)} s.`);
} catch (error) {
  console.error(`\n✗ ${error.message}`);
  process.exit(1);
}
