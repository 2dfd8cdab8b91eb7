import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceDigest, sourceFiles } from './source-digest.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A little project: a.ts → ./b (b.ts) → ../lib/c.mjs, and d.ts that nothing imports. */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'xinhuo-digest-'));
  dirs.push(root);
  mkdirSync(join(root, 'src/lib'), { recursive: true });
  const write = (file: string, text: string) => writeFileSync(join(root, file), text);
  write(
    'src/a.ts',
    "import { b } from './b';\nimport 'node:fs';\nimport x from 'some-package';\nexport const a = b;\n",
  );
  write('src/b.ts', "export { c as b } from './lib/c.mjs';\nconst later = () => import('./lib/e');\n");
  write('src/lib/c.mjs', 'export const c = 1;\n');
  write('src/lib/e.ts', 'export const e = 2;\n');
  write('src/d.ts', 'export const d = 3;\n');
  write('package-lock.json', '{"lockfileVersion":3}\n');
  return { root, write };
}

describe('sourceDigest', () => {
  it('follows local imports, re-exports and dynamic imports, not packages', () => {
    const { root } = project();
    const files = sourceFiles([join(root, 'src/a.ts')]).map((f) => f.slice(root.length + 1));
    expect(files).toEqual(['src/a.ts', 'src/b.ts', 'src/lib/c.mjs', 'src/lib/e.ts']);
  });

  it('changes when any file the entry depends on changes, or the lockfile', () => {
    const { root, write } = project();
    const digest = () => sourceDigest(['src/a.ts'], { root });
    const first = digest();
    write('src/d.ts', 'export const d = 4;\n'); // not a dependency
    expect(digest()).toBe(first);
    write('src/lib/e.ts', 'export const e = 5;\n'); // two imports away
    const second = digest();
    expect(second).not.toBe(first);
    write('package-lock.json', '{"lockfileVersion":3,"packages":{}}\n');
    expect(digest()).not.toBe(second);
  });

  it('changes with its salt, and is undefined when an entry cannot be read', () => {
    const { root } = project();
    expect(sourceDigest(['src/a.ts'], { root, salt: 'x' })).not.toBe(sourceDigest(['src/a.ts'], { root }));
    expect(sourceDigest(['src/missing.ts'], { root })).toBeUndefined();
  });
});
