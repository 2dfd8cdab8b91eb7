/**
 * Real `astro build`s of throwaway copies of the site, for tests that must prove what the build
 * does with some content (errors that stop it, imported entries that pass it).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { BUILD_CACHE_DIR } from '../src/lib/files.ts';
import { BUILD_HANG_LIMIT_MS } from './build-limits.ts';

const ROOT = process.cwd();
/** What a site copy holds besides node_modules: every file the build reads and must never write. */
const SOURCES = ['src', 'admin', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
const copies: string[] = [];

/** Copies the site (sources, media, config) to a temporary folder that shares node_modules. */
export function copySite(): string {
  const site = mkdtempSync(join(tmpdir(), 'xinhuo-content-'));
  copies.push(site);
  for (const entry of SOURCES) {
    cpSync(join(ROOT, entry), join(site, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(site, 'node_modules'));
  return site;
}

/**
 * Astro's cache of optimized images (`assets/` in the build's cache folder), shared by the test
 * builds: the starter covers come in ~880 AVIF/WebP variants (~30 s to encode), the same in every
 * copy, which would otherwise each encode them again. A copy starts with the shared files; what it
 * made is added back by rename, so a build never reads a half-written file of another.
 */
const IMAGE_CACHE = `${BUILD_CACHE_DIR}assets`;
const SHARED_IMAGES = join(ROOT, IMAGE_CACHE);

function seedImages(site: string) {
  if (existsSync(SHARED_IMAGES)) cpSync(SHARED_IMAGES, join(site, IMAGE_CACHE), { recursive: true, force: false });
}

function keepImages(site: string) {
  const made = join(site, IMAGE_CACHE);
  if (!existsSync(made)) return;
  mkdirSync(SHARED_IMAGES, { recursive: true });
  const shared = new Set(readdirSync(SHARED_IMAGES));
  for (const name of readdirSync(made)) {
    if (shared.has(name) || name.startsWith('.')) continue;
    const partial = join(SHARED_IMAGES, `.${name}.${process.pid}`);
    copyFileSync(join(made, name), partial);
    renameSync(partial, join(SHARED_IMAGES, name));
  }
}

/**
 * Builds a copy of the site into its dist/ (or as `env` says); returns the exit code and the output.
 * A build still running after BUILD_HANG_LIMIT_MS is stopped, and the output says so.
 */
export function buildSite(
  site: string,
  { args = [], env = {} }: { args?: string[]; env?: Record<string, string> } = {},
): { status: number | null; output: string } {
  seedImages(site);
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
    cwd: site,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    timeout: BUILD_HANG_LIMIT_MS,
  });
  keepImages(site);
  const stopped = result.error
    ? `\nThe build was stopped: ${result.error.message} (${result.signal ?? 'no signal'})`
    : '';
  return { status: result.status, output: `${result.stdout}\n${result.stderr}${stopped}` };
}

/** The SHA-256 of every source file of a site copy, by path. */
export function hashSources(site: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const entry of SOURCES) {
    const path = join(site, entry);
    const files = entry.includes('.')
      ? [path]
      : readdirSync(path, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => join(e.parentPath, e.name));
    for (const file of files)
      hashes.set(relative(site, file), createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return hashes;
}

/** A built site copy: the build's exit code and output, and the source files it added, removed or changed (none, ever). */
export interface SiteBuild {
  site: string;
  status: number | null;
  output: string;
  touched: string[];
}

/** A throwaway copy of the site with one change applied, built, its sources hashed before and after. */
export function buildWith(change: (site: string) => void): SiteBuild {
  const site = copySite();
  change(site);
  const before = hashSources(site);
  const result = buildSite(site);
  const after = hashSources(site);
  const touched = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f));
  return { site, ...result, touched };
}

/** Rewrites a file of a site copy. */
export const edit = (site: string, file: string, replace: (text: string) => string) =>
  writeFileSync(join(site, file), replace(readFileSync(join(site, file), 'utf8')));

/** Removes every copy made so far (call in afterAll). */
export const removeSiteCopies = () =>
  copies.splice(0).forEach((site) => rmSync(site, { recursive: true, force: true }));
