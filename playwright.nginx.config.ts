import { defineConfig } from '@playwright/test';
import { readConfig } from './src/config.ts';
import site from './playwright.config.ts';

/**
 * The intranet mirror served by real nginx (e2e/nginx/). Run through `npm run test:nginx`
 * (scripts/test-nginx.ts), which builds and publishes the archive, starts nginx and passes its
 * address in XINHUO_NGINX_URL. Same browser and reporters as the site's projects; no preview server.
 */
const baseURL = readConfig().nginxUrl;
if (!baseURL)
  throw new Error('Run the nginx tests with `npm run test:nginx`: it starts nginx and sets XINHUO_NGINX_URL.');

export default defineConfig({
  ...site,
  testDir: 'e2e/nginx',
  outputDir: 'test-results/nginx',
  webServer: undefined,
  projects: [{ name: 'nginx', use: { ...site.use, baseURL } }],
});
