import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './builds.ts';
import { authorEnv, editorNameProblem, normalizeEditorName } from './commit-author.ts';
import { waitForUrl } from './live-site.ts';

describe('editor names', () => {
  it.each([
    ['王晓岚', undefined],
    ['  党委宣传部   王晓岚 ', undefined],
    ['Li Wei', undefined],
    ['', '请填写您的姓名'],
    ['   ', '请填写您的姓名'],
    ['王<admin>', '尖括号'],
    ['王\n晓岚', undefined], // a line break is a space once normalized
    ['——', '至少要有一个'],
    ['名'.repeat(41), '最多 40 个字'],
  ])('%j → %s', (name, problem) => {
    const found = editorNameProblem(name);
    if (problem) expect(found).toContain(problem);
    else expect(found).toBeUndefined();
  });

  it('becomes the git author, without an e-mail, and never an empty one', () => {
    expect(normalizeEditorName('  党委宣传部   王晓岚 ')).toBe('党委宣传部 王晓岚');
    expect(authorEnv(' 王晓岚 ')).toEqual({ GIT_AUTHOR_NAME: '王晓岚', GIT_AUTHOR_EMAIL: '' });
    expect(() => authorEnv('')).toThrow('请填写您的姓名');
  });
});

describe('the CMS git backend', { timeout: 60_000 }, () => {
  const repo = mkdtempSync(join(tmpdir(), 'xinhuo-author-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
  let url = '';
  let server: ReturnType<typeof spawn>;
  const post = async (body: Record<string, unknown>) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };
  const entry = (slug: string, raw: string) => ({
    entry: { slug, path: `src/content/articles/${slug}.mdx`, raw },
    assets: [],
  });

  beforeAll(async () => {
    git('init', '-q', '-b', 'main');
    git('config', 'user.name', '网站服务器');
    git('config', 'user.email', 'cms@xinhuo.invalid');
    writeFileSync(join(repo, 'README.md'), 'start\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'start');
    const port = await freePort();
    url = `http://127.0.0.1:${port}/api/v1`;
    server = spawn(process.execPath, [join(import.meta.dirname, '../cms-server.ts')], {
      cwd: repo,
      env: { ...process.env, GIT_REPO_DIRECTORY: repo, BIND_HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn' },
      stdio: 'inherit',
    });
    await waitForUrl(url, 30_000, { method: 'POST' });
  });
  afterAll(() => {
    server?.kill();
    rmSync(repo, { recursive: true, force: true });
  });

  it('records the editor of each save and of the publish as the author; the machine stays the committer', async () => {
    const save = (author: string, raw: string) =>
      post({
        action: 'persistEntry',
        author,
        params: {
          branch: 'main',
          ...entry('a', raw),
          options: { collectionName: 'articles', commitMessage: '修改文章：a', useWorkflow: true, status: 'draft' },
        },
      });
    expect((await save('王晓岚', 'one\n')).status).toBe(200);
    expect((await save('李  明', 'two\n')).status).toBe(200);
    const published = await post({
      action: 'publishUnpublishedEntry',
      author: '赵书记',
      params: { branch: 'main', collection: 'articles', slug: 'a' },
    });
    expect(published.status).toBe(200);
    expect(git('log', '--format=%an <%ae> / %cn', 'main', '-3').split('\n')).toEqual([
      '李 明 <> / 网站服务器',
      '王晓岚 <> / 网站服务器',
      '网站服务器 <cms@xinhuo.invalid> / 网站服务器',
    ]);
  });

  it('refuses a save without an editor name, in Chinese, and commits nothing', async () => {
    const head = git('rev-parse', 'main');
    const refused = await post({
      action: 'persistMedia',
      params: {
        branch: 'main',
        asset: { path: 'public/uploads/x.txt', content: btoa('x'), encoding: 'base64' },
        options: { commitMessage: '上传文件：x.txt' },
      },
    });
    expect(refused.status).toBe(422);
    expect(refused.json.error).toContain('无法记录修改人：请填写您的姓名');
    expect(git('rev-parse', 'main')).toBe(head);
  });

  it('does not carry one editor over to the next request', async () => {
    const media = (path: string, author?: string) =>
      post({
        action: 'persistMedia',
        ...(author && { author }),
        params: {
          branch: 'main',
          asset: { path, content: btoa(path), encoding: 'base64' },
          options: { commitMessage: `上传文件：${path}` },
        },
      });
    const results = await Promise.all([media('public/uploads/1.txt', '甲'), media('public/uploads/2.txt', '乙')]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect(git('log', '--format=%an %s', 'main', '-2').split('\n').sort()).toEqual([
      '乙 上传文件：public/uploads/2.txt',
      '甲 上传文件：public/uploads/1.txt',
    ]);
    // A read between saves runs without any editor identity in the environment.
    expect((await post({ action: 'getMedia', params: { branch: 'main', mediaFolder: 'public/uploads' } })).status).toBe(
      200,
    );
  });
});
