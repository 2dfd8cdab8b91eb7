/**
 * The publish gate on a real git repository, with stand-ins for the content checks and the build:
 * a file that fails the checks or the build is held back at its live version, everything else goes
 * live, and a held file goes live as soon as it is fixed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPublished, buildReason, LIVE_REF } from './publish-gate.ts';

const repo = mkdtempSync(join(tmpdir(), 'xinhuo-gate-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
git('init', '-q', '-b', 'main');
git('config', 'user.name', '测试');
git('config', 'user.email', 'test@example.invalid');

const A = 'src/content/articles/a.mdx';
const B = 'src/content/articles/b.mdx';
const NEW = 'src/content/articles/new.mdx';

/** Writes files (path → text, or null to delete) and commits them; returns the commit. */
function commit(files: Record<string, string | null>) {
  for (const [path, text] of Object.entries(files)) {
    if (text === null) rmSync(join(repo, path));
    else {
      mkdirSync(dirname(join(repo, path)), { recursive: true });
      writeFileSync(join(repo, path), text);
    }
  }
  git('add', '-A');
  git('commit', '-q', '-m', 'change');
  return git('rev-parse', 'HEAD');
}

/** The checks: a file saying BAD has a problem. */
const check = async (dir: string, files: string[]) =>
  files
    .filter((file) => existsSync(join(dir, file)) && readFileSync(join(dir, file), 'utf8').includes('BAD'))
    .map((file) => ({ file, problems: [{ path: 'body', label: '正文', zh: '有问题', en: 'bad' }] }));

/** The build: records what it saw; BOOM fails naming the file, CROSS fails naming none. */
const built: Record<string, string | undefined>[] = [];
const build = (dir: string) => async () => {
  const seen = Object.fromEntries(
    [A, B, NEW].map((f) => [f, existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8') : undefined]),
  );
  built.push(seen);
  for (const [file, text] of Object.entries(seen)) {
    if (text?.includes('BOOM'))
      throw Object.assign(new Error('astro build failed'), { output: `内容错误 / Content error: ${file}:3` });
    if (text?.includes('CROSS')) throw Object.assign(new Error('astro build failed'), { output: 'error: something' });
  }
};

describe('the publish gate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xinhuo-gate-checkout-'));
  const c0 = commit({ [A]: 'a 第一版\n', [B]: 'b 第一版\n' });
  git('worktree', 'add', '--detach', '-q', dir, c0);
  let live: string | undefined;
  let holds = new Map();
  const publish = async (commitId: string) => {
    const result = await buildPublished({ dir, commit: commitId, live, previous: holds, check, build: build(dir) });
    if (result.ok) live = result.live;
    holds = result.holds;
    return result;
  };

  it('builds everything on the first run when all is well', async () => {
    const result = await publish(c0);
    expect(result).toMatchObject({ ok: true, live: c0 });
    expect(git('rev-parse', LIVE_REF)).toBe(c0);
  });

  it('holds a bad file back at its live version and publishes the good one beside it', async () => {
    const c1 = commit({ [A]: 'a BAD\n', [B]: 'b 第二版\n' });
    const result = await publish(c1);
    expect(result.ok).toBe(true);
    expect([...result.holds.keys()]).toEqual([A]);
    expect(result.holds.get(A)?.published).toBe(true);
    expect(built.at(-1)).toEqual({ [A]: 'a 第一版\n', [B]: 'b 第二版\n', [NEW]: undefined });
    // The live tree is recorded on the gate's own ref; the working branch keeps what was typed.
    expect(git('show', `${LIVE_REF}:${A}`)).toBe('a 第一版');
    expect(git('rev-parse', `${LIVE_REF}^`)).toBe(c1);
    expect(git('show', `main:${A}`)).toBe('a BAD');
  });

  it('keeps holding it while later publishes of other files go live', async () => {
    const c2 = commit({ [B]: 'b 第三版\n' });
    const result = await publish(c2);
    expect([...result.holds.keys()]).toEqual([A]);
    expect(built.at(-1)).toMatchObject({ [A]: 'a 第一版\n', [B]: 'b 第三版\n' });
  });

  it('publishes the file once it is fixed', async () => {
    const c3 = commit({ [A]: 'a 第二版\n' });
    const result = await publish(c3);
    expect(result).toMatchObject({ ok: true, live: c3 });
    expect(result.holds.size).toBe(0);
    expect(built.at(-1)).toMatchObject({ [A]: 'a 第二版\n', [B]: 'b 第三版\n' });
  });

  it('leaves a bad new file off the site: it never had a live version', async () => {
    const result = await publish(commit({ [NEW]: 'new BAD\n' }));
    expect([...result.holds.keys()]).toEqual([NEW]);
    expect(result.holds.get(NEW)?.published).toBe(false);
    expect(built.at(-1)![NEW]).toBeUndefined();
    expect(existsSync(join(repo, NEW))).toBe(true);
  });

  it('holds the file a failed build names, and builds again without it', async () => {
    const runs = built.length;
    const result = await publish(commit({ [NEW]: 'new 正常\n', [B]: 'b BOOM\n' }));
    expect(result.ok).toBe(true);
    expect([...result.holds.keys()]).toEqual([B]);
    expect(result.holds.get(B)?.problems[0]?.zh).toContain(`内容错误 / Content error: ${B}:3`);
    expect(built.length - runs).toBe(2);
    expect(built.at(-1)).toMatchObject({ [NEW]: 'new 正常\n', [B]: 'b 第三版\n' });
  });

  it('holds what is not live when a failure names no file, until that file changes', async () => {
    const c6 = commit({ [B]: 'b CROSS\n' });
    expect([...(await publish(c6)).holds.keys()]).toEqual([B]);
    const runs = built.length;
    // Another editor's publish: the suspect is unchanged and stays held without a failed build first.
    const result = await publish(commit({ [A]: 'a 第三版\n' }));
    expect([...result.holds.keys()]).toEqual([B]);
    expect(built.length - runs).toBe(1);
    expect(built.at(-1)).toMatchObject({ [A]: 'a 第三版\n', [B]: 'b 第三版\n' });
    const fixed = await publish(commit({ [B]: 'b 第四版\n' }));
    expect(fixed.holds.size).toBe(0);
  });

  it('reports a failure it cannot get round and keeps what is live', async () => {
    const before = live;
    const failing = async () => {
      throw Object.assign(new Error('astro build failed'), { output: 'Error: out of memory' });
    };
    const result = await buildPublished({
      dir,
      commit: commit({ [A]: 'a 第四版\n' }),
      live,
      previous: holds,
      check,
      build: failing,
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.reason).toContain('out of memory');
    expect(git('rev-parse', LIVE_REF)).toBe(before);
  });
});

describe('buildReason', () => {
  it('keeps the lines from the first error on, without colours', () => {
    const output = 'building…\n\x1b[31m内容错误 / Content error: src/content/a.mdx:3\x1b[0m\n  • 第 3 行\nmore\n';
    expect(buildReason(output)).toBe('内容错误 / Content error: src/content/a.mdx:3\n  • 第 3 行\nmore');
  });
});
