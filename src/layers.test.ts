/**
 * The layout's promise, kept by a test: imports run one way. The shared core (`src/lib/`) imports
 * nothing of the project's; the content model sits on it, the body renderer on the model, the
 * content checks on both; no module reaches into the routes; and the folders of `src/` import each
 * other without a cycle, so each can be read knowing only what lies below it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** What each lower layer may import, besides itself (packages and `node:` modules are always fine). */
const LAYERS: Record<string, readonly string[]> = {
  lib: [],
  model: ['lib'],
  body: ['model', 'lib'],
  checks: ['body', 'model', 'lib'],
};

/** Every source module under src/ but tests, relative to the repository. */
function modules(dir = 'src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'content' || entry.name.startsWith('__') ? [] : modules(path);
    return /\.(ts|astro)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The project files a module imports (relative specifiers only), as repository paths. */
export function localImports(file: string, source: string): string[] {
  const specifiers = [...source.matchAll(/(?:from\s*|import\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
  return specifiers.map((s) => normalize(join(dirname(file), s)));
}

/** The folder of `src/` a path belongs to (`src/lib/date.ts` → `lib`; `src/config.ts` → `config`), or the top folder outside src/. */
export function areaOf(path: string): string {
  const parts = relative('src', path).split('/');
  if (parts[0] === '..') return path.split('/')[0]!;
  return parts.length === 1 ? parts[0]!.replace(/\.[^.]+$/, '') : parts[0]!;
}

/** A cycle in a graph given as adjacency sets, or undefined. */
export function findCycle(graph: ReadonlyMap<string, ReadonlySet<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

const edges = modules().flatMap((file) =>
  localImports(file, readFileSync(file, 'utf8')).map((target) => ({ file, target })),
);

describe('layers', () => {
  it('finds the imports it checks', () => {
    // A parser that found nothing would pass every rule below.
    expect(edges.length).toBeGreaterThan(300);
    expect(edges).toContainEqual({ file: 'src/body/errors.ts', target: 'src/model/messages.ts' });
  });

  it.each(Object.entries(LAYERS))('src/%s/ imports only from the layers below it', (layer, allowed) => {
    const wrong = edges
      .filter(({ file, target }) => areaOf(file) === layer && areaOf(target) !== layer)
      .filter(({ target }) => !allowed.includes(areaOf(target)))
      .map(({ file, target }) => `${file} → ${target}`);
    expect(wrong).toEqual([]);
  });

  it('no module imports a route', () => {
    const wrong = edges
      .filter(({ file, target }) => areaOf(target) === 'pages' && areaOf(file) !== 'pages')
      .map(({ file, target }) => `${file} → ${target}`);
    expect(wrong).toEqual([]);
  });

  it('the folders of src/ import each other without a cycle', () => {
    const graph = new Map<string, Set<string>>();
    for (const { file, target } of edges) {
      const [from, to] = [areaOf(file), areaOf(target)];
      if (from !== to) graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
    expect(findCycle(graph)).toBeUndefined();
  });

  it('sees a cycle and a wrong-way import where there is one', () => {
    expect(
      findCycle(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set(['c'])],
          ['c', new Set(['a'])],
        ]),
      ),
    ).toEqual(['a', 'b', 'c', 'a']);
    expect(
      findCycle(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set<string>()],
        ]),
      ),
    ).toBeUndefined();
    expect(
      localImports('src/lib/x.ts', "import { a } from '../model/y.ts';\nconst b = await import('./z.ts');"),
    ).toEqual(['src/model/y.ts', 'src/lib/z.ts']);
    expect(areaOf('src/lib/date.ts')).toBe('lib');
    expect(areaOf('src/config.ts')).toBe('config');
    expect(areaOf('scripts/lib/run.ts')).toBe('scripts');
  });
});
