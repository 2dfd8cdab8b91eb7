// `npm run build`: the site and its search index (see scripts/lib/build-site.ts). Arguments go to `astro build`.
import { existsSync, lstatSync, readlinkSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { readConfig } from '../src/config.ts';
import { buildSite } from './lib/build-site.ts';
import { swapInBuild } from './lib/live-site.ts';

const root = process.cwd();
const outDir = relative(root, resolve(root, readConfig().outDir));
// After `npm start`, the output folder is a link to the release readers are being served: build
// beside it and switch the link, as the CMS's rebuilds do, instead of emptying the live site for
// the minute a build takes.
const live = existsSync(outDir) && lstatSync(outDir).isSymbolicLink();
const next = `${outDir}-next`;
try {
  await buildSite({ astroArgs: process.argv.slice(2), env: live ? { XINHUO_OUT_DIR: next } : {} });
  if (live) {
    await swapInBuild(root, outDir);
    console.log(`The new build is live: ${outDir} → ${readlinkSync(outDir)}`);
  }
} catch (error) {
  if (live) rmSync(next, { recursive: true, force: true });
  console.error((error as Error).message);
  process.exit(1);
}
