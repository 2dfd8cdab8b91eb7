import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runEditorsCommand } from '../editors.ts';
import { accountStore, hasRole, passwordProblem, usernameProblem } from './accounts.ts';
import { ABSOLUTE_MS, IDLE_MS, sessionStore } from './sessions.ts';

const dirs: string[] = [];
const file = () => {
  const dir = mkdtempSync(join(tmpdir(), 'xinhuo-accounts-'));
  dirs.push(dir);
  return join(dir, 'data', 'accounts.json');
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const GOOD = {
  username: 'wangxl',
  name: '党委宣传部 王晓岚',
  email: 'wangxl@example.edu.cn',
  role: 'editor' as const,
  password: 'a-long-pass-phrase-2026',
};

describe('account rules', () => {
  it.each([
    ['short', '密码至少 12 个字符'],
    ['x'.repeat(129), '最多 128'],
    ['wangxl-is-my-password', '不能包含用户名'],
    ['aaaaaaaaaaaaaaaa', '太简单'],
  ])('the password %s is refused (%s)', (password, message) => {
    expect(passwordProblem(password, 'wangxl')).toContain(message);
  });

  it('a good password and user name pass; bad user names do not', () => {
    expect(passwordProblem(GOOD.password, 'wangxl')).toBeUndefined();
    expect(usernameProblem('wangxl')).toBeUndefined();
    for (const bad of ['W', 'Wang', '1abc', 'wang xl', '../x', 'a'.repeat(40), '王晓岚'])
      expect(usernameProblem(bad)).toBeDefined();
  });

  it('each role may do what the roles below it may', () => {
    expect(hasRole('admin', 'reviewer')).toBe(true);
    expect(hasRole('reviewer', 'editor')).toBe(true);
    expect(hasRole('editor', 'reviewer')).toBe(false);
    expect(hasRole('reviewer', 'admin')).toBe(false);
  });
});

describe('the accounts file', () => {
  it('keeps an Argon2id hash, never the password, in a file only its owner reads', async () => {
    const path = file();
    const store = accountStore(path);
    await store.add(GOOD);
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain(GOOD.password);
    expect(text).toMatch(/\$argon2id\$/);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(await store.verify('wangxl', GOOD.password)).toMatchObject({ username: 'wangxl', role: 'editor' });
    expect(await store.verify('WangXL ', GOOD.password)).toMatchObject({ username: 'wangxl' });
    expect(await store.verify('wangxl', 'wrong-password-1234')).toBeUndefined();
    expect(await store.verify('nobody', GOOD.password)).toBeUndefined();
    expect(JSON.stringify(store.list())).not.toContain('argon2');
  });

  it('refuses a second account of the same name, and a disabled account cannot sign in', async () => {
    const store = accountStore(file());
    await store.add(GOOD);
    await expect(store.add(GOOD)).rejects.toThrow('已有人使用');
    await store.setDisabled('wangxl', true);
    expect(await store.verify('wangxl', GOOD.password)).toBeUndefined();
    await store.setDisabled('wangxl', false);
    await store.setPassword('wangxl', 'another-good-phrase-9');
    expect(await store.verify('wangxl', GOOD.password)).toBeUndefined();
    expect(await store.verify('wangxl', 'another-good-phrase-9')).toBeDefined();
    await expect(store.setRole('wangxl', 'root' as never)).rejects.toThrow('角色只能是');
  });

  it('npm run editors adds, lists, changes the role of and disables accounts', async () => {
    const typed = async () => GOOD.password;
    const path = file();
    const out: string[] = [];
    await runEditorsCommand(
      ['add', 'liming', '--name', '李明', '--email', 'liming@example.edu.cn', '--role', 'reviewer'],
      path,
      (l) => out.push(l),
      typed,
    );
    await runEditorsCommand(['role', 'liming', 'admin'], path, (l) => out.push(l), typed);
    await runEditorsCommand(['disable', 'liming'], path, (l) => out.push(l), typed);
    await runEditorsCommand(['list'], path, (l) => out.push(l), typed);
    await expect(
      runEditorsCommand(['add', 'x', '--name', '某', '--email', 'bad'], path, () => {}, typed),
    ).rejects.toThrow('用户名');
    await expect(runEditorsCommand(['frobnicate'], path)).rejects.toThrow('用法');
    expect(out.at(-1)).toBe('liming\t李明\tliming@example.edu.cn\t管理员\t已停用');
  });
});

describe('sessions', () => {
  it('end after two idle hours or twelve in all, and on sign-out', () => {
    let now = 0;
    const sessions = sessionStore(() => now);
    const token = sessions.create('wangxl');
    now = IDLE_MS - 1;
    expect(sessions.user(token)).toBe('wangxl');
    now += IDLE_MS + 1;
    expect(sessions.user(token)).toBeUndefined();
    now = 0;
    const busy = sessions.create('wangxl');
    for (now = 0; now < ABSOLUTE_MS; now += IDLE_MS / 2) expect(sessions.user(busy)).toBe('wangxl');
    now = ABSOLUTE_MS + 1;
    expect(sessions.user(busy)).toBeUndefined();
    const other = sessions.create('liming');
    sessions.end(other);
    expect(sessions.user(other)).toBeUndefined();
    expect(sessions.user('forged-token')).toBeUndefined();
  });

  it('end for every device when an account is disabled', () => {
    const sessions = sessionStore();
    const [a, b] = [sessions.create('wangxl'), sessions.create('wangxl')];
    const c = sessions.create('liming');
    sessions.endAll('wangxl');
    expect([sessions.user(a), sessions.user(b), sessions.user(c)]).toEqual([undefined, undefined, 'liming']);
  });
});
