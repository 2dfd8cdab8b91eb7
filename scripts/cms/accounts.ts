// Editors' accounts: who may sign in to the CMS, in which role, and in whose name their commits are
// made. One JSON file outside the published tree (mode 0600), written whole and renamed into place,
// so a kill mid-write leaves the old file; passwords are Argon2id hashes (@node-rs/argon2).
import { hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { editorNameProblem, normalizeEditorName } from '../../src/lib/editor-name.ts';

/** What an account may do; each role may do all that the roles before it may. */
export const ROLES = ['editor', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];
/** The roles as editors know them. */
export const ROLE_LABELS: Record<Role, string> = { editor: '编辑', reviewer: '审核', admin: '管理员' };

/** An account as stored. */
export interface Account {
  /** Sign-in name: lower-case ASCII. */
  username: string;
  /** The person's name, the author of their commits and shown in revision histories. */
  name: string;
  /** Their e-mail address, the author e-mail of their commits. */
  email: string;
  role: Role;
  disabled: boolean;
  passwordHash: string;
  created: string;
  updated: string;
}

/** The account without its hash: what the server and the CMS pass around. */
export type PublicAccount = Omit<Account, 'passwordHash'>;

/** An account change that cannot be made, with the reason in Chinese. */
export class AccountError extends Error {
  override name = 'AccountError';
}

/** Whether `role` may do what `needed` may. */
export const hasRole = (role: Role, needed: Role) => ROLES.indexOf(role) >= ROLES.indexOf(needed);

export const MIN_PASSWORD = 12;
const MAX_PASSWORD = 128;

/** What is wrong with a new password, or undefined. */
export function passwordProblem(password: unknown, username = ''): string | undefined {
  if (typeof password !== 'string' || password.length < MIN_PASSWORD) return `密码至少 ${MIN_PASSWORD} 个字符。`;
  if (password.length > MAX_PASSWORD) return `密码最多 ${MAX_PASSWORD} 个字符。`;
  if (username && password.toLowerCase().includes(username.toLowerCase())) return '密码不能包含用户名。';
  if (new Set(password).size < 4) return '密码太简单：请混用不同的字母、数字或符号。';
  return undefined;
}

/** What is wrong with a sign-in name, or undefined. */
export function usernameProblem(username: unknown): string | undefined {
  if (typeof username !== 'string' || !/^[a-z][a-z0-9._-]{1,31}$/.test(username)) {
    return '用户名须为 2–32 个小写字母、数字或“. _ -”，以字母开头，例如 wangxl。';
  }
  return undefined;
}

const emailProblem = (email: unknown) =>
  typeof email === 'string' && /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(email) && email.length <= 120
    ? undefined
    : '邮箱地址不对，例如 wangxl@example.edu.cn。';

const strip = ({ passwordHash: _, ...account }: Account): PublicAccount => account;

/** A hash to verify against when the account does not exist, so a wrong name takes as long as a wrong password. */
let decoy: Promise<string> | undefined;

/** The accounts file at `file`; every call reads it anew, so `npm run editors` changes apply at once. */
export function accountStore(file: string, now: () => Date = () => new Date()) {
  const read = (): Account[] => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')).accounts ?? []) : []);
  const write = (accounts: Account[]) => {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    writeFileSync(temp, `${JSON.stringify({ accounts }, null, 2)}\n`, { mode: 0o600, flush: true });
    renameSync(temp, file);
  };
  const find = (accounts: Account[], username: string) => {
    const account = accounts.find((a) => a.username === username);
    if (!account) throw new AccountError(`没有用户名为“${username}”的账号。`);
    return account;
  };
  const change = (username: string, update: (account: Account) => void | Promise<void>) => async () => {
    const accounts = read();
    await update(find(accounts, username));
    find(accounts, username).updated = now().toISOString();
    write(accounts);
  };
  return {
    /** Every account, without hashes. */
    list: (): PublicAccount[] => read().map(strip),
    /** One account, without its hash. */
    get: (username: string): PublicAccount | undefined => {
      const account = read().find((a) => a.username === username);
      return account && strip(account);
    },
    /** Whether no account exists yet (the first start, when the setup link is offered). */
    isEmpty: () => read().length === 0,
    /** Adds an account; the name, e-mail and password are checked. */
    async add(input: { username: string; name: string; email: string; role: Role; password: string }) {
      const problem =
        usernameProblem(input.username) ??
        editorNameProblem(input.name) ??
        emailProblem(input.email) ??
        (ROLES.includes(input.role) ? undefined : '角色只能是编辑、审核或管理员。') ??
        passwordProblem(input.password, input.username);
      if (problem) throw new AccountError(problem);
      const accounts = read();
      if (accounts.some((a) => a.username === input.username)) {
        throw new AccountError(`用户名“${input.username}”已有人使用。`);
      }
      const at = now().toISOString();
      const account: Account = {
        username: input.username,
        name: normalizeEditorName(input.name),
        email: input.email.trim(),
        role: input.role,
        disabled: false,
        passwordHash: await hash(input.password),
        created: at,
        updated: at,
      };
      write([...accounts, account]);
      return strip(account);
    },
    /** Sets a new password. */
    setPassword: (username: string, password: string) =>
      change(username, async (account) => {
        const problem = passwordProblem(password, username);
        if (problem) throw new AccountError(problem);
        account.passwordHash = await hash(password);
      })(),
    /** Disables or enables an account (a disabled account cannot sign in; its sessions end). */
    setDisabled: (username: string, disabled: boolean) =>
      change(username, (account) => {
        account.disabled = disabled;
      })(),
    /** Changes an account's role. */
    setRole: (username: string, role: Role) =>
      change(username, (account) => {
        if (!ROLES.includes(role)) throw new AccountError('角色只能是编辑、审核或管理员。');
        account.role = role;
      })(),
    /** The enabled account with this name and password, or undefined; as slow for an unknown name. */
    async verify(username: unknown, password: unknown): Promise<PublicAccount | undefined> {
      if (typeof username !== 'string' || typeof password !== 'string' || password.length > MAX_PASSWORD) {
        return undefined;
      }
      const account = read().find((a) => a.username === username.trim().toLowerCase());
      if (!account) {
        decoy ??= hash(randomBytes(16).toString('hex'));
        await verify(await decoy, password).catch(() => false);
        return undefined;
      }
      const ok = await verify(account.passwordHash, password).catch(() => false);
      return ok && !account.disabled ? strip(account) : undefined;
    },
  };
}

/** The accounts of one server or command. */
export type AccountStore = ReturnType<typeof accountStore>;
