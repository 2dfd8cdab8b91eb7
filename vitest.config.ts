import { configDefaults, defineConfig } from 'vitest/config';
import { BUILD_HANG_LIMIT_MS } from './test/build-limits.ts';

/** Tests live beside the code they test. */
const FOLDERS = ['src', 'scripts', 'admin'];
const TESTS = FOLDERS.map((folder) => `${folder}/**/*.test.ts`);
/** Tests that run real builds (Astro, the search index, the live site's rebuilds): minutes, not seconds. */
const BUILD_TESTS = FOLDERS.map((folder) => `${folder}/**/*.build.test.ts`);

/**
 * Two projects: `unit` is the loop of seconds (`npm run test:fast`, `npm run test:watch`), `build`
 * the tests that build sites (`npm run test:builds`). `npx vitest run` and `npm test` run both.
 */
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: TESTS,
          exclude: [...configDefaults.exclude, ...BUILD_TESTS],
          // The slowest unit test takes about a second on a quiet 2-core machine and several times
          // that under load; Vitest's defaults (5 s, hooks 10 s) leave it no room.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: BUILD_TESTS,
          // A test or hook (removing the site copies) gets as long as one build may take before it
          // counts as hung; a test of several builds asks for buildsLimit(n) (test/build-limits.ts).
          testTimeout: BUILD_HANG_LIMIT_MS,
          hookTimeout: BUILD_HANG_LIMIT_MS,
        },
      },
    ],
  },
});
