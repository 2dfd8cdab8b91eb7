// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { mdxBodies } from './src/integrations/mdx-bodies.ts';
import { regularFilesOnly } from './src/integrations/regular-files.ts';
import { search } from './src/integrations/search.ts';
import { uploadHeaders } from './src/integrations/upload-headers.ts';
import { readConfig } from './src/config.ts';
import { rebaseLinks } from './src/body/rebase-links.ts';
import { BUILD_CACHE_DIR } from './src/lib/files.ts';
import { ROUTES } from './src/lib/urls.ts';

/**
 * Deployment is chosen by environment (checked in src/config.ts), so one checkout can build for
 * the root of a host and for an intranet mirror under a sub-path without editing files:
 * - XINHUO_BASE: the path the site is served under (default `/`, e.g. `/dangjian/`)
 * - XINHUO_SITE: the public origin, used for canonical URLs, RSS and the sitemap
 * - XINHUO_OUT_DIR: where the build is written (default `dist`)
 * - XINHUO_CMS_PROXY: port of the editors' server (scripts/cms/server.ts, started by
 *   scripts/lib/live-site.ts); `astro preview` then forwards `<base>api/` (sign-in, the CMS's API,
 *   the publish status) to it, so /admin/ talks to its own origin only (scripts/start.ts)
 */
const { base, cmsProxy, site, outDir } = readConfig();
/** Pages marked noindex in the route table (src/lib/urls.ts), as their paths under the base. */
const noindex = Object.values(ROUTES)
  .filter((route) => 'noindex' in route && route.noindex)
  .map((route) => `${base}${route.path}`);

export default defineConfig({
  site,
  base,
  outDir,
  // Behind a front on another host (nginx, deploy/editors/), the site's server is asked for the
  // site's host name; Vite's preview answers only localhost and IP addresses unless told otherwise
  // (403 "Blocked request"). XINHUO_SITE names the one host it serves.
  server: { allowedHosts: [new URL(site).hostname] },
  trailingSlash: 'always',
  // No inline <style> or <script> in the output: the intranet mirror's Content-Security-Policy
  // (deploy/) allows scripts and styles from the site's own files only, never 'unsafe-inline'.
  // Stylesheets are always linked; scripts and assets are never inlined (assetsInlineLimit below).
  build: { inlineStylesheets: 'never' },
  // Caches live in the project folder, not in node_modules: test clones and the CMS's rebuild
  // checkouts share node_modules by symlink, and concurrent builds must not share a content store.
  cacheDir: `./${BUILD_CACHE_DIR}`,
  // Pages whose cache key (src/incremental/cache-keys.ts) and code are unchanged are copied from the last
  // build instead of rendered again: a rebuild after one edit renders only the pages that show it.
  experimental: { incrementalBuild: true },
  // Two entries with the same slug must stop the build, not silently replace each other.
  prerenderConflictBehavior: 'error',
  // Pages for editors only stay out of the sitemap (they say noindex themselves): the CMS and the zero-result searches.
  integrations: [
    // First: a link or special file in public/ or src/content/ stops the build before anything reads it.
    regularFilesOnly(),
    mdxBodies(),
    sitemap({
      filter: (page) => !noindex.some((path) => new URL(page).pathname.endsWith(path)),
    }),
    search(),
  ],
  // Links and images written `/…` in Markdown follow the deployment's base path.
  markdown: { processor: satteri({ hastPlugins: [rebaseLinks(base)] }) },
  vite: {
    plugins: [tailwindcss(), uploadHeaders(base)],
    cacheDir: './.astro/vite/',
    preview: {
      // The port asked for, or an error: Vite would otherwise serve on the next free port while
      // `npm start` and the tests wait on the one they asked for (and find whoever holds it).
      strictPort: true,
      ...(cmsProxy && {
        proxy: {
          // The editors' server (scripts/cms/server.ts) answers <base>api/…: sign-in, the CMS's API, the publish status.
          [`${base}api/`]: {
            target: `http://127.0.0.1:${cmsProxy}`,
            rewrite: (path) => path.slice(base.length - 1),
            // The reader's address for the sign-in rate limits (the server trusts only loopback proxies).
            xfwd: true,
          },
        },
      }),
    },
    build: {
      // Astro inlines small processed scripts (and Vite small assets as data: URLs) below this size.
      assetsInlineLimit: 0,
      // Only the /admin/ bundle (Decap CMS, ≈1.7 MB gzipped, loaded by editors only) is over Vite's
      // 500 kB note; readers' pages have their own budget, printed by `npm run bench`.
      chunkSizeWarningLimit: 8000,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Decap CMS's dependencies (the /admin/ bundle) say "use client" and use eval; nothing to act on here.
          const inDependency = /node_modules/.test(`${warning.id ?? ''} ${warning.message}`);
          if (inDependency && (warning.code === 'MODULE_LEVEL_DIRECTIVE' || warning.code === 'EVAL')) return;
          warn(warning);
        },
      },
    },
  },
});
