// The editors' server attacked over real HTTP, as someone on the campus network would: no session,
// a foreign Host, paths outside the content, hostile uploads, an editor who tries to publish, two
// editors on one entry, and three editors whose drafts must each stay their own.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountStore, type Role } from './accounts.ts';
import { startEditorsServer } from './server.ts';
import { contentStore } from './store.ts';

const PASSWORD = 'correct-horse-电池-2026';
const ARTICLE = 'src/content/articles/2026-notice.mdx';
const ARTICLE_TEXT = '---\ntitle: 通知\n---\n第一段。\n\n第二段。\n\n第三段。\n';

let root: string;
let server: Awaited<ReturnType<typeof startEditorsServer>>;
let checks: string[];
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const url = (path: string) => `http://127.0.0.1:${server.port}${path}`;

/** A browser-like client with its own cookie jar. */
function client() {
  let cookie = '';
  const send = async (path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(url(path), {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json', ...(cookie && { cookie }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = response.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0]!;
    const text = await response.text();
    let json: { error?: string; [key: string]: unknown } = {};
    try {
      json = JSON.parse(text);
    } catch {
      // an HTML page
    }
    return { status: response.status, json, text, headers: response.headers };
  };
  return {
    send,
    cookie: () => cookie,
    logIn: (username: string) => send('/api/xinhuo/login', { username, password: PASSWORD }),
    api: (action: string, params: Record<string, unknown> = {}) =>
      send('/api/v1', { action, params: { branch: 'main', ...params } }),
  };
}

/** A save as Decap's proxy backend sends it, with the version the editor loaded. */
const persist = (
  slug: string,
  path: string,
  raw: string,
  base: { head?: string | null; files?: Record<string, string | null> } = {},
  assets: unknown[] = [],
) => ({
  dataFiles: [{ slug, path, raw }],
  assets,
  options: { collectionName: 'articles', useWorkflow: true, status: 'draft', commitMessage: `修改文章：${slug}` },
  base: { head: null, files: {}, ...base },
});

const accounts: [string, Role][] = [
  ['editor', 'editor'],
  ['reviewer', 'reviewer'],
  ['other', 'reviewer'],
  ['third', 'editor'],
  ['victim', 'editor'],
  ['boss', 'admin'],
  ['leaver', 'editor'],
];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'xinhuo-editors-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Setup');
  git('config', 'user.email', 'setup@example.invalid');
  execFileSync('mkdir', [
    '-p',
    join(root, 'src/content/articles'),
    join(root, 'public/uploads'),
    join(root, 'scripts'),
  ]);
  writeFileSync(join(root, ARTICLE), ARTICLE_TEXT);
  writeFileSync(join(root, 'package.json'), '{}\n');
  writeFileSync(
    join(root, 'public/uploads/a.png'),
    Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'),
  );
  git('add', '-A');
  git('commit', '-q', '-m', 'start');
  const store = accountStore(join(root, '.xinhuo/accounts.json'));
  for (const [username, role] of accounts) {
    await store.add({
      username,
      name: `测试 ${username}`,
      email: `${username}@example.edu.cn`,
      role,
      password: PASSWORD,
    });
  }
  checks = [];
  server = await startEditorsServer({
    port: 0,
    base: '/',
    store: await contentStore(root, 'main', () => {}),
    accounts: store,
    maxUploadBytes: 1_048_576,
    log: () => {},
    status: () => ({ building: false, holds: [] }),
    check: async (collection, slug) => void checks.push(`${collection}/${slug}`),
  });
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

const ALL_ACTIONS = [
  'info',
  'entriesByFolder',
  'entriesByFiles',
  'getEntry',
  'unpublishedEntries',
  'unpublishedEntry',
  'unpublishedEntryDataFile',
  'unpublishedEntryMediaFile',
  'persistEntry',
  'updateUnpublishedEntryStatus',
  'deleteUnpublishedEntry',
  'publishUnpublishedEntry',
  'getMedia',
  'getMediaFile',
  'persistMedia',
  'deleteFile',
  'deleteFiles',
];

describe('without a session', () => {
  it.each(ALL_ACTIONS)('%s is refused, from loopback and with a foreign Host', async (action) => {
    const anonymous = client();
    for (const headers of [
      {},
      { host: '192.168.1.20:4601' },
      { host: '10.0.0.5', 'x-forwarded-for': '10.0.0.5' },
    ] as Record<string, string>[]) {
      const answer = await anonymous.send('/api/v1', { action, params: { branch: 'main', path: ARTICLE } }, headers);
      expect(answer.status).toBe(401);
      expect(answer.json.error).toMatch(/请先登录/);
    }
  });

  it('the status, the session and the account list are refused too', async () => {
    const anonymous = client();
    expect((await anonymous.send('/api/xinhuo/status')).status).toBe(401);
    expect((await anonymous.send('/api/xinhuo/session')).status).toBe(401);
    expect((await anonymous.send('/api/xinhuo/accounts')).status).toBe(401);
  });

  it('a wrong password is refused, and a burst of them is stopped with a Chinese message', async () => {
    const attacker = client();
    const tries = [];
    for (let i = 0; i < 12; i++)
      tries.push(
        (await attacker.send('/api/xinhuo/login', { username: 'victim', password: `guess-${i}-xxxxxxxx` })).status,
      );
    expect(tries.slice(0, 10).every((status) => status === 401)).toBe(true);
    const stopped = await attacker.send('/api/xinhuo/login', { username: 'victim', password: PASSWORD });
    expect(stopped.status).toBe(429);
    expect(stopped.json.error).toContain('登录失败次数过多');
  });
});

describe('signed in', () => {
  it('the session cookie is HttpOnly, SameSite=Strict, and new at every sign-in', async () => {
    const editor = client();
    const first = await editor.logIn('editor');
    expect(first.status).toBe(200);
    expect(first.headers.get('set-cookie')).toMatch(/^xinhuo_session=[\w-]{40,}; Path=\/; HttpOnly; SameSite=Strict$/);
    const again = await editor.logIn('editor');
    expect(again.headers.get('set-cookie')!.split(';')[0]).not.toBe(first.headers.get('set-cookie')!.split(';')[0]);
    expect((await editor.send('/api/xinhuo/session')).json.user).toMatchObject({ username: 'editor', role: 'editor' });
    expect(JSON.stringify((await editor.send('/api/xinhuo/session')).json)).not.toContain('argon2');
  });

  it('a request from another site is refused', async () => {
    const editor = client();
    await editor.logIn('editor');
    const answer = await editor.send('/api/v1', { action: 'info', params: {} }, { origin: 'http://evil.example' });
    expect(answer.status).toBe(403);
  });

  const PATHS = [
    '../x.mdx',
    '/etc/passwd',
    'src/content/articles/../../pages/x.astro',
    'src/content/articles/%2e%2e%2fx.mdx',
    '%2e%2e%2fpackage.json',
    '.git/config',
    'package.json',
    'src/pages/x.astro',
    'scripts/x.ts',
    '.ci/run',
    'public/uploads/../../x.png',
    'public/.hidden.png',
    'src/content/articles/x.astro',
  ];

  it.each(PATHS)('the path %s is refused for reading and writing, and nothing is written', async (path) => {
    const reviewer = client();
    await reviewer.logIn('reviewer');
    const before = git('rev-parse', '--all');
    for (const [action, params] of [
      ['getEntry', { path }],
      ['getMediaFile', { path }],
      ['entriesByFiles', { files: [{ path }] }],
      [
        'persistMedia',
        { asset: { path, content: Buffer.from('x').toString('base64'), encoding: 'base64' }, options: {} },
      ],
      ['deleteFile', { path, options: {} }],
      ['persistEntry', persist('x', path, 'x')],
    ] as const) {
      const answer = await reviewer.api(action, params);
      expect(answer.status, `${action} ${path}`).toBe(422);
      expect(answer.json.error).toMatch(/^不能访问/);
      expect(answer.text).not.toMatch(/\/tmp\/|at \w+ \(/);
    }
    expect(git('rev-parse', '--all')).toBe(before);
  });

  it('folders other than the collections and the media folder are not listed', async () => {
    const reviewer = client();
    await reviewer.logIn('reviewer');
    for (const folder of ['.git', 'src', 'scripts', 'src/content/../..']) {
      expect((await reviewer.api('entriesByFolder', { folder, extension: '', depth: 1 })).status).toBe(422);
      expect((await reviewer.api('getMedia', { mediaFolder: folder })).status).toBe(422);
    }
  });

  const upload = (path: string, bytes: Buffer) => ({
    asset: { path, content: bytes.toString('base64'), encoding: 'base64' },
    options: { commitMessage: `上传文件：${path}` },
  });
  const UPLOADS: [string, string, Buffer][] = [
    [
      'an SVG with a script',
      'public/uploads/x.svg',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    ],
    ['an HTML page', 'public/uploads/x.html', Buffer.from('<!doctype html><script>fetch("/api/v1")</script>')],
    [
      'an HTML page named .jpg',
      'public/uploads/x.jpg',
      Buffer.from('<!doctype html><html><script>alert(1)</script></html>'),
    ],
    [
      'a PNG named .jpg',
      'public/uploads/y.jpg',
      readFileSyncHex('89504e470d0a1a0a0000000d4948445200000001000000010806000000'),
    ],
    ['an empty file', 'public/uploads/empty.png', Buffer.alloc(0)],
    [
      'a file over the limit',
      'public/uploads/big.png',
      Buffer.concat([readFileSyncHex('89504e470d0a1a0a'), Buffer.alloc(1_100_000)]),
    ],
    ['a path in the name', 'public/uploads/../../src/pages/x.png', readFileSyncHex('89504e470d0a1a0a0000000d49484452')],
  ];

  it.each(UPLOADS)('%s is refused with a Chinese message, and nothing is written', async (_what, path, bytes) => {
    const editor = client();
    await editor.logIn('editor');
    const before = git('rev-parse', 'main');
    const answer = await editor.api('persistMedia', upload(path, bytes));
    expect([413, 422]).toContain(answer.status);
    expect(answer.json.error).toMatch(/[\u4e00-\u9fff]/);
    expect(answer.text).not.toMatch(/\/tmp\/|node_modules|at \w+ \(/);
    expect(git('rev-parse', 'main')).toBe(before);
  });

  it("a real PNG is taken, committed in the uploader's name", async () => {
    const editor = client();
    await editor.logIn('editor');
    const png = readFileSync(join(root, 'public/uploads/a.png'));
    const answer = await editor.api('persistMedia', upload('public/uploads/b.png', png));
    expect(answer.status).toBe(200);
    expect(git('log', '-1', '--format=%an <%ae>|%s', 'main')).toBe(
      '测试 editor <editor@example.edu.cn>|上传文件：public/uploads/b.png',
    );
    expect(readFileSync(join(root, 'public/uploads/b.png'))).toEqual(png);
  });

  it('an editor saves and sends for review, but cannot set 待发布 or publish', async () => {
    const editor = client();
    await editor.logIn('editor');
    const saved = await editor.api(
      'persistEntry',
      persist('editor-draft', 'src/content/articles/editor-draft.mdx', '---\ntitle: 草稿\n---\n正文\n'),
    );
    expect(saved.status).toBe(200);
    const key = { collection: 'articles', slug: 'editor-draft' };
    expect((await editor.api('updateUnpublishedEntryStatus', { ...key, newStatus: 'pending_review' })).status).toBe(
      200,
    );
    const pending = await editor.api('updateUnpublishedEntryStatus', { ...key, newStatus: 'pending_publish' });
    expect(pending.status).toBe(403);
    expect(pending.json.error).toContain('审核');
    expect((await editor.api('publishUnpublishedEntry', key)).status).toBe(403);
    expect((await editor.api('deleteFile', { path: ARTICLE, options: {} })).status).toBe(403);
    expect(git('ls-tree', '--name-only', 'main', 'src/content/articles/')).not.toContain('editor-draft');
    // A reviewer may.
    const reviewer = client();
    await reviewer.logIn('reviewer');
    expect((await reviewer.api('updateUnpublishedEntryStatus', { ...key, newStatus: 'pending_publish' })).status).toBe(
      200,
    );
    expect((await reviewer.api('publishUnpublishedEntry', key)).status).toBe(200);
    expect(checks).toContain('articles/editor-draft');
    expect(git('show', 'main:src/content/articles/editor-draft.mdx')).toContain('正文');
    expect(git('branch', '--list', 'cms/*')).not.toContain('editor-draft');
    // The checkout's files follow the publish.
    expect(existsSync(join(root, 'src/content/articles/editor-draft.mdx'))).toBe(true);
    expect(git('status', '--porcelain', '--untracked-files=no')).toBe('');
  });

  it('two editors on one draft: the second save is refused with a conflict, and the first text is kept', async () => {
    const a = client();
    const b = client();
    await a.logIn('editor');
    await b.logIn('other');
    const file = (await a.api('getEntry', { path: ARTICLE })).json as { file: { id: string } };
    const base = { head: null, files: { [ARTICLE]: file.file.id } };
    const first = await a.api(
      'persistEntry',
      persist('2026-notice', ARTICLE, ARTICLE_TEXT.replace('第一段。', '第一段（甲改）。'), base),
    );
    expect(first.status).toBe(200);
    const second = await b.api(
      'persistEntry',
      persist('2026-notice', ARTICLE, ARTICLE_TEXT.replace('第三段。', '第三段（乙改）。'), base),
    );
    expect(second.status).toBe(409);
    expect(second.json.error).toContain('保存冲突');
    expect(second.json.error).toContain('测试 editor');
    expect(git('show', `cms/articles/2026-notice:${ARTICLE}`)).toContain('第一段（甲改）');
    // Reloaded, B's save is based on A's and goes through: both texts are there.
    const draft = (await b.api('unpublishedEntry', { collection: 'articles', slug: '2026-notice' })).json as {
      head: string;
    };
    const merged = ARTICLE_TEXT.replace('第一段。', '第一段（甲改）。').replace('第三段。', '第三段（乙改）。');
    expect((await b.api('persistEntry', persist('2026-notice', ARTICLE, merged, { head: draft.head }))).status).toBe(
      200,
    );
    expect(git('show', `cms/articles/2026-notice:${ARTICLE}`)).toBe(merged.trimEnd());
  });

  it('a new entry never overwrites a published one of the same name', async () => {
    const editor = client();
    await editor.logIn('third');
    const answer = await editor.api('persistEntry', persist('clash', 'src/content/articles/2026-notice.mdx', 'x', {}));
    // The key differs from the existing draft's, the file is published: refused.
    expect(answer.status).toBe(409);
    expect(answer.json.error).toContain('已有同名内容');
  });

  it('three editors: each draft opens as itself, saves into its own file, and publishing undoes nothing', async () => {
    const [a, b, c] = [client(), client(), client()];
    await a.logIn('editor');
    await b.logIn('reviewer');
    await c.logIn('third');
    const P = 'src/content/articles/2026-democratic-appraisal-notice.mdx';
    const P_TEXT = '---\ntitle: 关于开展2026年度民主评议党员工作的通知\nsummary: 摘要\n---\n第一行。\n\n第二行。\n';
    const key = (slug: string) => ({ collection: 'articles', slug });
    const publish = async (slug: string) => {
      await b.api('updateUnpublishedEntryStatus', { ...key(slug), newStatus: 'pending_publish' });
      return b.api('publishUnpublishedEntry', key(slug));
    };
    // An article already on the site.
    expect((await b.api('persistEntry', persist('2026-democratic-appraisal-notice', P, P_TEXT))).status).toBe(200);
    expect((await publish('2026-democratic-appraisal-notice')).status).toBe(200);
    // A saves a new draft; C holds a draft of her own.
    const A = 'src/content/articles/2026-12-07-jia-de-gao-jian.mdx';
    const C = 'src/content/articles/2026-12-06-bing-de-gao-jian.mdx';
    expect(
      (
        await a.api(
          'persistEntry',
          persist('2026-12-07-jia-de-gao-jian', A, '---\ntitle: 甲的稿件\nsummary: 甲\n---\n甲的正文\n'),
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await c.api(
          'persistEntry',
          persist('2026-12-06-bing-de-gao-jian', C, '---\ntitle: 丙的稿件\nsummary: 丙\n---\n丙的正文\n'),
        )
      ).status,
    ).toBe(200);
    // B publishes an edit of the article.
    const blob = ((await b.api('getEntry', { path: P })).json as { file: { id: string } }).file.id;
    const bText = P_TEXT.replace('第二行。', '第二行（乙已发布）。');
    expect(
      (await b.api('persistEntry', persist('2026-democratic-appraisal-notice', P, bText, { files: { [P]: blob } })))
        .status,
    ).toBe(200);
    expect((await publish('2026-democratic-appraisal-notice')).status).toBe(200);
    // Each draft still lists only its own file and opens as itself.
    for (const [client_, slug, file, text] of [
      [a, '2026-12-07-jia-de-gao-jian', A, '甲的正文'],
      [c, '2026-12-06-bing-de-gao-jian', C, '丙的正文'],
    ] as const) {
      const draft = (await client_.api('unpublishedEntry', key(slug))).json as {
        diffs: { path: string }[];
        head: string;
      };
      expect(draft.diffs.map((d) => d.path)).toEqual([file]);
      const data = (await client_.api('unpublishedEntryDataFile', { ...key(slug), path: file, id: file })).json;
      expect(data.data).toContain(text);
    }
    // C edits her summary and saves: the commit changes her file only; publishing it keeps B's line.
    const cDraft = (await c.api('unpublishedEntry', key('2026-12-06-bing-de-gao-jian'))).json as { head: string };
    const saved = await c.api(
      'persistEntry',
      persist('2026-12-06-bing-de-gao-jian', C, '---\ntitle: 丙的稿件\nsummary: 丙改\n---\n丙的正文\n', {
        head: cDraft.head,
      }),
    );
    expect(saved.status).toBe(200);
    expect(git('diff', '--name-only', 'main...cms/articles/2026-12-06-bing-de-gao-jian')).toBe(C);
    expect((await publish('2026-12-06-bing-de-gao-jian')).status).toBe(200);
    expect((await publish('2026-12-07-jia-de-gao-jian')).status).toBe(200);
    expect(git('show', `main:${P}`)).toContain('第二行（乙已发布）');
    expect(git('show', `main:${C}`)).toContain('丙改');
    expect(git('show', `main:${A}`)).toContain('甲的正文');
    expect(git('status', '--porcelain', '--untracked-files=no')).toBe('');
  });

  it('only an administrator manages accounts, and a disabled account is signed out at once', async () => {
    const editor = client();
    await editor.logIn('editor');
    expect((await editor.send('/api/xinhuo/accounts/')).status).toBe(403);
    const leaver = client();
    expect((await leaver.logIn('leaver')).status).toBe(200);
    const boss = client();
    await boss.logIn('boss');
    const page = await boss.send('/api/xinhuo/accounts/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('账号管理');
    expect(page.text).not.toContain('argon2');
    const form = (fields: Record<string, string>) =>
      fetch(url('/api/xinhuo/accounts/'), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: boss.cookie() },
        body: new URLSearchParams(fields),
      });
    const added = await form({
      op: 'add',
      username: 'newbie',
      name: '新同事',
      email: 'newbie@example.edu.cn',
      role: 'editor',
      password: PASSWORD,
    });
    expect(added.status).toBe(200);
    expect(await added.text()).toContain('已保存：newbie');
    expect((await client().logIn('newbie')).status).toBe(200);
    expect((await form({ op: 'disable', username: 'leaver' })).status).toBe(200);
    expect((await leaver.send('/api/xinhuo/session/')).status).toBe(401);
    expect((await client().logIn('leaver')).status).toBe(401);
    // A cross-site form is refused even with the cookie (which SameSite=Strict would not send anyway).
    const forged = await fetch(url('/api/xinhuo/accounts/'), {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: boss.cookie(),
        origin: 'http://evil.example',
      },
      body: new URLSearchParams({ op: 'role', username: 'editor', role: 'admin' }),
    });
    expect(forged.status).toBe(403);
  });

  it('errors carry no stack trace or path, and a body over the limit is refused in Chinese', async () => {
    const editor = client();
    await editor.logIn('editor');
    const broken = await fetch(url('/api/v1'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: '' },
      body: '{"action":',
    });
    expect(broken.status).toBe(400);
    expect(await broken.text()).not.toMatch(/at |\/tmp|node_modules/);
    const huge = await editor.send('/api/v1', {
      action: 'persistMedia',
      params: { asset: { path: 'public/uploads/x.png', content: 'A'.repeat(3_000_000), encoding: 'base64' } },
    });
    expect(huge.status).toBe(413);
    expect(huge.json.error).toContain('上传的内容太大');
    expect(huge.text).not.toMatch(/at |\/tmp|node_modules/);
  });
});

function readFileSyncHex(hex: string) {
  return Buffer.from(hex, 'hex');
}

describe('the first start', () => {
  it('offers a one-time link that creates the first administrator and signs them in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xinhuo-setup-'));
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
    execFileSync('git', ['-c', 'user.name=x', '-c', 'user.email=x@x', 'commit', '-q', '--allow-empty', '-m', 'start'], {
      cwd: dir,
    });
    const accounts = accountStore(join(dir, '.xinhuo/accounts.json'));
    const first = await startEditorsServer({
      port: 0,
      base: '/dangjian/',
      store: await contentStore(dir, 'main', () => {}),
      accounts,
      maxUploadBytes: 1_048_576,
      log: () => {},
      status: () => ({}),
      check: async () => {},
    });
    try {
      expect(first.setupPath).toMatch(/^\/dangjian\/api\/xinhuo\/setup\/\?token=[\w-]{30,}$/);
      const at = (path: string) => `http://127.0.0.1:${first.port}${path.replace('/dangjian', '')}`;
      const token = new URL(first.setupPath!, 'http://x').searchParams.get('token')!;
      expect((await fetch(at('/dangjian/api/xinhuo/setup/?token=wrong'))).status).toBe(404);
      const form = await fetch(at(first.setupPath!));
      expect(form.status).toBe(200);
      expect(await form.text()).toContain('创建第一个管理员账号');
      const post = (fields: Record<string, string>) =>
        fetch(at('/dangjian/api/xinhuo/setup/'), {
          method: 'POST',
          redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ token, ...fields }),
        });
      const weak = await post({ username: 'chenj', name: '陈静', email: 'chenj@example.edu.cn', password: 'short' });
      expect(weak.status).toBe(422);
      expect(await weak.text()).toContain('密码至少 12 个字符');
      const made = await post({ username: 'chenj', name: '陈静', email: 'chenj@example.edu.cn', password: PASSWORD });
      expect(made.status).toBe(303);
      expect(made.headers.get('location')).toBe('/dangjian/admin/');
      const cookie = made.headers.get('set-cookie')!;
      expect(cookie).toContain('Path=/dangjian/; HttpOnly; SameSite=Strict');
      const session = await fetch(at('/dangjian/api/xinhuo/session/'), { headers: { cookie: cookie.split(';')[0]! } });
      expect(await session.json()).toMatchObject({ user: { username: 'chenj', role: 'admin' } });
      // Used once: the link and a second try with the same token are gone.
      expect((await fetch(at(first.setupPath!))).status).toBe(404);
      expect((await post({ username: 'evil', name: '某', email: 'e@example.edu.cn', password: PASSWORD })).status).toBe(
        404,
      );
      expect(accounts.list().map((a) => a.username)).toEqual(['chenj']);
    } finally {
      await first.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
