// kill -9 at any moment of a save or a publish: after a restart the checkout is on the published
// branch with nothing half-written, every acknowledged save is kept, and no draft is live unless published.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, expect, it } from 'vitest';
import { accountStore } from './accounts.ts';

const PASSWORD = 'crash-test-密码-2026';
const root = mkdtempSync(join(tmpdir(), 'xinhuo-crash-'));
const accountsFile = join(root, '.xinhuo/accounts.json');
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
let child: ChildProcess | undefined;

/** Starts the server process → its port. */
function start(): Promise<number> {
  child = spawn(
    process.execPath,
    [join(import.meta.dirname, '../../test/editors-server-child.ts'), root, accountsFile],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    child!.once('exit', (code) => reject(new Error(`server exited (${code})`)));
    createInterface({ input: child!.stdout! }).on(
      'line',
      (line) => line.startsWith('PORT ') && resolve(Number(line.slice(5))),
    );
  });
}

const kill = () =>
  new Promise<void>((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode) return resolve();
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

afterAll(async () => {
  await kill();
  rmSync(root, { recursive: true, force: true });
});

it('a kill -9 during saves and publishes loses no acknowledged save and leaves nothing half-done', async () => {
  git('init', '-q', '-b', 'main');
  execFileSync('mkdir', ['-p', join(root, 'src/content/articles')]);
  writeFileSync(join(root, 'src/content/articles/seed.mdx'), '---\ntitle: 种子\n---\n正文\n');
  writeFileSync(join(root, '.gitignore'), '.xinhuo/\n');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'start');
  await accountStore(accountsFile).add({
    username: 'rev',
    name: '审核人',
    email: 'rev@example.edu.cn',
    role: 'reviewer',
    password: PASSWORD,
  });
  /** What the server acknowledged: slug → the text of its last save, and the published slugs. */
  const saved = new Map<string, string>();
  const published = new Set<string>();
  // A bounded loop: 12 rounds, each killed after a different delay into a burst of saves and publishes.
  for (let round = 0; round < 12; round++) {
    const port = await start();
    const api = async (cookie: string, action: string, params: object) =>
      fetch(`http://127.0.0.1:${port}/api/v1`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ action, params }),
      });
    const login = await fetch(`http://127.0.0.1:${port}/api/xinhuo/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'rev', password: PASSWORD }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const burst = (async () => {
      for (let n = 0; ; n++) {
        const slug = `r${round}-n${n}`;
        const path = `src/content/articles/${slug}.mdx`;
        const raw = `---\ntitle: 第 ${round} 轮 ${n}\n---\n正文 ${round}-${n}\n`;
        const answer = await api(cookie, 'persistEntry', {
          dataFiles: [{ slug, path, raw }],
          assets: [],
          options: { collectionName: 'articles', useWorkflow: true, status: 'draft', commitMessage: slug },
          base: { head: null, files: {} },
        });
        if (answer.status !== 200) return;
        saved.set(slug, raw);
        if (n % 2 === 0) {
          const key = { collection: 'articles', slug };
          if ((await api(cookie, 'publishUnpublishedEntry', key)).status === 200) published.add(slug);
        }
      }
    })().catch(() => {}); // the kill breaks the connection
    await new Promise((resolve) => setTimeout(resolve, 100 + round * 90));
    await kill();
    await burst;
  }
  // The restart recovers; then the invariants.
  await start();
  await kill();
  expect(git('symbolic-ref', 'HEAD')).toBe('refs/heads/main');
  expect(git('status', '--porcelain', '--untracked-files=no')).toBe('');
  expect(
    existsSync(join(root, '.git/xinhuo-tmp')) && execFileSync('ls', [join(root, '.git/xinhuo-tmp')]).length,
  ).toBeFalsy();
  expect(existsSync(join(root, '.git/xinhuo-sync'))).toBe(false);
  expect(saved.size).toBeGreaterThan(6);
  expect(published.size).toBeGreaterThan(2);
  const drafts = git('for-each-ref', '--format=%(refname:short)', 'refs/heads/cms/').split('\n').filter(Boolean);
  const onMain = new Set(git('ls-tree', '--name-only', 'main', 'src/content/articles/').split('\n'));
  for (const [slug, raw] of saved) {
    const path = `src/content/articles/${slug}.mdx`;
    if (published.has(slug)) expect(git('show', `main:${path}`)).toBe(raw.trimEnd());
    else if (!onMain.has(path))
      expect(git('show', `cms/articles/${slug}:${path}`), `${slug} kept on its draft`).toBe(raw.trimEnd());
  }
  // Nothing is on the published branch that was not published (a publish cut by the kill may have landed: then its draft is gone).
  for (const path of onMain) {
    const slug = path.replace(/^.*\/|\.mdx$/g, '');
    if (slug === 'seed') continue;
    expect(saved.has(slug) && !drafts.includes(`cms/articles/${slug}`), `${slug} on main`).toBe(true);
  }
}, 600_000);
