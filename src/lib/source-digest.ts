/**
 * The version of a cache as the digest of the code it depends on: the entry modules, every local
 * module they import (followed transitively: `import … from './x'`, `export … from`, `import('./x')`),
 * and the lockfile, which stands for every package they import. A cache whose version is this
 * digest cannot outlive a change to any file that decides its contents.
 *
 * This module imports only Node's own modules, so Node scripts run it as it is.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Module specifiers in a source file: static imports and re-exports, side-effect and dynamic imports. */
const SPECIFIERS = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"\n]+)\1/g;
const EXTENSIONS = ['', '.ts', '.mts', '.mjs', '.js', '/index.ts', '/index.mjs'];

/** The file a relative specifier names (`./x` → `./x.ts`), without a Vite query (`?url`). */
function resolveLocal(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  return EXTENSIONS.map((ext) => base + ext).find((file) => existsSync(file) && statSync(file).isFile());
}

/** Every local source file `entries` depend on (themselves included), sorted, as absolute paths. */
export function sourceFiles(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const pending = entries.map((entry) => resolve(entry));
  while (pending.length) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(m?[jt]s|astro)$/.test(file)) continue;
    for (const [, , specifier] of readFileSync(file, 'utf8').matchAll(SPECIFIERS)) {
      if (!specifier!.startsWith('.')) continue; // a package: the lockfile stands for it
      const found = resolveLocal(file, specifier!);
      if (found) pending.push(found);
    }
  }
  return [...seen].sort();
}

/**
 * The digest of `entries` (paths under `root`), their local imports and `root`'s lockfile; `salt`
 * adds what else decides the cache (settings, a tool's version). Undefined when a file cannot be
 * read, so the caller remembers nothing rather than something stale.
 */
export function sourceDigest(entries: readonly string[], { root = process.cwd(), salt = '' } = {}): string | undefined {
  try {
    const hash = createHash('sha256').update(salt).update('\0');
    for (const file of sourceFiles(entries.map((e) => resolve(root, e)))) {
      hash
        .update(`${relative(root, file)}\0`)
        .update(readFileSync(file))
        .update('\0');
    }
    const lockfile = join(root, 'package-lock.json');
    if (existsSync(lockfile)) hash.update(readFileSync(lockfile));
    return hash.digest('hex').slice(0, 32);
  } catch {
    return undefined;
  }
}
