import { configDefaults, defineConfig } from 'vitest/config';

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
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: BUILD_TESTS,
        },
      },
    ],
  },
});
