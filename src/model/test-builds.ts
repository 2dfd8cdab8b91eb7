/**
 * Real `astro build`s of throwaway copies of the site, for tests that must prove what the build
 * does with some content (errors that stop it, imported entries that pass it).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = process.cwd();
const copies: string[] = [];

/** Copies the site (sources, media, config) to a temporary folder that shares node_modules. */
export function copySite(): string {
  const site = mkdtempSync(join(tmpdir(), 'xinhuo-content-'));
  copies.push(site);
  for (const entry of ['src', 'admin', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, entry), join(site, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(site, 'node_modules'));
  return site;
}

/** Builds a copy of the site into its dist/; returns the exit code and the output. */
export function buildSite(site: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: site,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A throwaway copy of the site with one change applied, built; returns the build's exit code and output. */
export function buildWith(change: (site: string) => void): { status: number | null; output: string } {
  const site = copySite();
  change(site);
  return buildSite(site);
}

/** Rewrites a file of a site copy. */
export const edit = (site: string, file: string, replace: (text: string) => string) =>
  writeFileSync(join(site, file), replace(readFileSync(join(site, file), 'utf8')));

/** Removes every copy made so far (call in afterAll). */
export const removeSiteCopies = () =>
  copies.splice(0).forEach((site) => rmSync(site, { recursive: true, force: true }));
