import { defineConfig } from '@playwright/test';
import site from './playwright.config.ts';

/**
 * Screenshots for people to look at (e2e/screenshots.spec.ts → test-results/screenshots/), run by
 * `npm run screenshots` against the root build in `dist/` (`npm run build` or `npm test` makes it).
 * Not part of `npm test`: the spec checks no more than a heading on each page.
 */
const root = site.projects!.find((project) => project.name === 'root')!;

export default defineConfig({
  ...site,
  reporter: 'list',
  testMatch: 'screenshots.spec.ts',
  outputDir: 'test-results/screenshots',
  projects: [{ name: 'screenshots', use: root.use! }],
  webServer: [site.webServer ?? []].flat().filter((server) => server.url === root.use!.baseURL),
});
