/**
 * The docs stay true to the tree: every file they name exists, and the README gives a reason for
 * every package the project installs. (Files move; a doc that still names the old place sends a
 * newcomer to nothing.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DOCS = ['README.md', 'deploy/README.md', ...readdirSync('docs').map((name) => `docs/${name}`)].filter((file) =>
  file.endsWith('.md'),
);
/** Top folders of the repository whose files docs name by their full path. */
const ROOTS = ['src', 'scripts', 'admin', 'e2e', 'test', 'docs', 'deploy', 'public', '.ci'];
/** Folders of src/ that docs may name without the `src/` prefix (`lib/date.ts`). */
const SRC_FOLDERS = readdirSync('src', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** The backticked file paths of a Markdown text that point into the repository, as repository paths. */
export function namedFiles(markdown: string): string[] {
  const paths = [...markdown.matchAll(/`([\w@.[\]-]+(?:\/[\w@.[\]-]+)+)`/g)].map((m) => m[1]!);
  return paths.flatMap((path) => {
    if (!/\.[a-z]{1,5}$/.test(path)) return []; // a folder or a URL path, not a file
    const top = path.split('/')[0]!;
    if (ROOTS.includes(top)) return [path];
    return SRC_FOLDERS.includes(top) ? [`src/${path}`] : [];
  });
}

describe('docs', () => {
  it.each(DOCS)('every file %s names exists', (doc) => {
    const missing = namedFiles(readFileSync(doc, 'utf8')).filter((path) => !existsSync(path));
    expect(missing).toEqual([]);
  });

  it('the README says why each package is installed', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Dependencies and why'));
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    const names = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)];
    expect(names.filter((name) => !section.includes(`\`${name}\``))).toEqual([]);
  });

  it('reads paths as a newcomer would follow them', () => {
    expect(
      namedFiles('see `src/lib/date.ts`, `lib/urls.ts`, `scripts/lib/run.ts`, `/articles/x/`, `a.ts`, `dist/x.html`'),
    ).toEqual(['src/lib/date.ts', 'src/lib/urls.ts', 'scripts/lib/run.ts']);
  });
});
