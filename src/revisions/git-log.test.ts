import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentHistory } from './git-log.ts';

const root = mkdtempSync(join(tmpdir(), 'xinhuo-git-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const run = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: '王晓岚',
      GIT_AUTHOR_EMAIL: 'w@example.edu.cn',
      GIT_COMMITTER_NAME: 'ci',
      GIT_COMMITTER_EMAIL: 'ci@example.edu.cn',
    },
  });

/** A repository with two commits to one content file and one commit outside the content. */
function makeRepo(dir: string) {
  mkdirSync(join(dir, 'src/content/pages'), { recursive: true });
  run(dir, 'init', '-q', '-b', 'main');
  writeFileSync(join(dir, 'src/content/pages/关于.mdx'), 'one');
  run(dir, 'add', '.');
  run(dir, 'commit', '-q', '-m', 'Add the page');
  writeFileSync(join(dir, 'README'), 'x');
  run(dir, 'add', '.');
  run(dir, 'commit', '-q', '-m', 'Tooling');
  writeFileSync(join(dir, 'src/content/pages/关于.mdx'), 'two');
  run(dir, 'commit', '-q', '-am', 'Update the page');
}

describe('readContentHistory', () => {
  const full = join(root, 'full');
  mkdirSync(full);
  makeRepo(full);

  it('reads a full clone: each content file with its commits, newest first', () => {
    const history = readContentHistory(full);
    expect(history.available).toBe(true);
    if (!history.available) return;
    expect([...history.byPath.keys()]).toEqual(['src/content/pages/关于.mdx']);
    expect(history.byPath.get('src/content/pages/关于.mdx')?.map((r) => [r.author, r.message])).toEqual([
      ['王晓岚', 'Update the page'],
      ['王晓岚', 'Add the page'],
    ]);
  });

  it('refuses a shallow clone, saying why', () => {
    const shallow = join(root, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${full}`, shallow]);
    const history = readContentHistory(shallow);
    expect(history).toEqual({ available: false, reason: expect.stringContaining('shallow clone') });
  });

  it('says why outside a repository', () => {
    const plain = join(root, 'plain');
    mkdirSync(plain);
    const history = readContentHistory(plain);
    expect(history).toEqual({ available: false, reason: expect.stringContaining('git history unavailable') });
  });
});
