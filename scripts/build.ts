// `npm run build`: the site and its search index (see scripts/lib/build-site.ts). Arguments go to `astro build`.
import { existsSync, lstatSync, readlinkSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { readConfig } from '../src/config.ts';
import { buildSite } from './lib/build-site.ts';
import { swapInBuild } from './lib/live-site.ts';

const root = process.cwd();
// Not the CMS rebuilds' `<outDir>-next`: the two may run at once.
let next: string | undefined;
try {
  const outDir = relative(root, resolve(root, readConfig().outDir));
  // After `npm start`, the output folder is a link to the release readers are being served: build
  // beside it and switch the link, as the CMS's rebuilds do, instead of emptying the live site for
  // the minute a build takes.
  if (existsSync(outDir) && lstatSync(outDir).isSymbolicLink()) next = `${outDir}-build-${process.pid}`;
  await buildSite({ astroArgs: process.argv.slice(2), env: next ? { XINHUO_OUT_DIR: next } : {} });
  if (next) {
    await swapInBuild(root, outDir, next);
    console.log(`The new build is live: ${outDir} → ${readlinkSync(outDir)}`);
  }
} catch (error) {
  if (next) rmSync(next, { recursive: true, force: true });
  console.error((error as Error).message);
  process.exit(1);
}
