import { defineConfig } from '@playwright/test';
import { buildEnv, testBuilds } from './scripts/lib/builds.ts';

/** Debian's Chromium: Playwright cannot download its own browsers on these machines. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/**
 * End-to-end tests against the built site served over HTTP (`astro preview` of the static
 * output), once at the root and once under the intranet sub-path. `npm test` builds both first.
 */
const TEST_BUILDS = testBuilds();

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: !!process.env.CI,
  // On CI, a test that fails is run once more: a pass then is reported as flaky, by name, in the
  // suite's closing lines (scripts/test.ts), not hidden; a test that fails twice fails the run.
  retries: process.env.CI ? 1 : 0,
  // Searches, the CMS and builds share 2 cores with two browsers: 5 s (the default) is tight under load.
  expect: { timeout: 10_000 },
  workers: 2,
  // `npm test` also asks for the JSON report (PLAYWRIGHT_JSON_OUTPUT_NAME) to print its closing count.
  reporter: [
    ['list'],
    ...(process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['json'] as ['json']] : []),
    ...(process.env.CI ? [] : [['html', { open: 'never' }] as ['html', { open: 'never' }]]),
  ],
  use: {
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
  },
  projects: [
    ...TEST_BUILDS.map((build) => ({
      name: build.name,
      // The screenshots are opt-in, with a config of their own (playwright.screenshots.config.ts).
      testIgnore: ['cms/**', 'xss/**', 'nginx/**', 'screenshots.spec.ts'],
      use: { baseURL: `http://127.0.0.1:${build.port}${build.base}` },
    })),
    // The CMS against a real decap-server in git mode; each worker builds and serves a temporary
    // clone of the repository (e2e/cms/live-site.ts), so this project needs no prior build.
    // Its own output folder: `npm test` runs it after the site's projects, whose traces must stay.
    { name: 'cms', testDir: 'e2e/cms', timeout: 120_000, outputDir: 'test-results/cms' },
    // The XSS corpus in a temporary copy of the site, built and served by the project itself (e2e/xss/).
    { name: 'xss', testDir: 'e2e/xss', timeout: 120_000, outputDir: 'test-results/xss' },
  ],
  webServer: TEST_BUILDS.map((build) => ({
    // --ignore-lock: the two previews (and a developer's own) of one project may run side by side.
    command: `astro preview --ignore-lock --host 127.0.0.1 --port ${build.port}`,
    url: `http://127.0.0.1:${build.port}${build.base}`,
    env: buildEnv(build),
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  })),
});
