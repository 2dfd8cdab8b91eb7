import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEntries } from './check-entries.ts';
import { lookupsIn } from './loader.ts';
import type { FileProblem } from './source-checks.ts';
import { checkCase, readCorpus } from './test-corpus.ts';

/** The content files of a corpus case, relative to the case's folder. */
const contentFiles = (dir: string) =>
  readdirSync(join(dir, 'src/content'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));

/** A project folder holding the given files (path → text). */
function project(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'xinhuo-check-entries-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const ARTICLE = (body: string) =>
  [
    '---',
    'title: 学习贯彻全会精神',
    'date: 2026-11-25',
    'summary: 党委理论学习中心组召开专题学习会，深入学习全会精神。',
    'category: news',
    'tags: []',
    'author: 党委宣传部',
    '---',
    body,
    '',
  ].join('\n');

describe('checkEntries', () => {
  // The corpus's folder checks are exactly what stops `astro build` (bad-content.test.ts):
  // file by file, the publish gate must report the same problems.
  for (const badCase of readCorpus().filter((c) => !c.pending)) {
    it(`reports what the build reports: ${badCase.name}`, () => {
      const lookups = lookupsIn(process.cwd());
      const found = checkEntries(badCase.dir, contentFiles(badCase.dir), { lookups });
      const build = checkCase(badCase.dir);
      for (const { file, problems } of build) {
        expect(found.find((f) => f.file === file)?.problems ?? []).toEqual(expect.arrayContaining(problems));
      }
      // A clash of two file names is reported by the build on one of them; here on both.
      const named = (f: FileProblem) => build.some((b) => b.problems.some((p) => p.zh.includes(f.file)));
      expect(found.filter((f) => !build.some((b) => b.file === f.file) && !named(f))).toEqual([]);
    });
  }

  it('finds a stray brace and a script in a body, with their lines', () => {
    const root = project({
      'src/content/articles/a.mdx': ARTICLE('第一段。\n\n会议强调{学习}。'),
      'src/content/articles/b.mdx': ARTICLE('<script>alert(1)</script>'),
      'src/content/articles/c.mdx': ARTICLE('一切正常。'),
    });
    const found = checkEntries(root, [
      'src/content/articles/a.mdx',
      'src/content/articles/b.mdx',
      'src/content/articles/c.mdx',
    ]);
    expect(found.map((f) => f.file)).toEqual(['src/content/articles/a.mdx', 'src/content/articles/b.mdx']);
    expect(found[0]!.problems[0]).toMatchObject({ path: 'body', line: 11, bodyLine: 3 });
    expect(found[0]!.problems[0]!.zh).toContain('花括号');
    expect(found[1]!.problems[0]!.zh).toContain('<script>');
  });

  it('counts body lines as the CMS shows the body: from the line after the closing ---', () => {
    const root = project({ 'src/content/articles/d.mdx': ARTICLE('\n第一段。\n\n{学习}') });
    const [found] = checkEntries(root, ['src/content/articles/d.mdx']);
    expect(found!.problems[0]).toMatchObject({ line: 12, bodyLine: 4 });
  });

  it('skips deleted files and files that are not entries', () => {
    const root = project({ 'public/uploads/a.png': 'x' });
    expect(checkEntries(root, ['src/content/articles/gone.mdx', 'public/uploads/a.png', 'README.md'])).toEqual([]);
  });
});
