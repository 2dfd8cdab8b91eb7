// `npm run editors -- add|passwd|disable|enable|role|list …`: the CMS's accounts from the command
// line (the same file the editors' server reads, so changes apply at once; a disabled account's
// sessions end at its next request). Passwords are asked for on the terminal, never taken from the
// command line, where they would stay in the shell's history; XINHUO_EDITOR_PASSWORD may give one
// to a script.
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { readConfig } from '../src/config.ts';
import { AccountError, accountStore, ROLE_LABELS, ROLES, type Role } from './cms/accounts.ts';

const USAGE = `用法 / Usage:
  npm run editors -- list
  npm run editors -- add <用户名> --name <姓名> --email <邮箱> [--role editor|reviewer|admin]
  npm run editors -- passwd <用户名>
  npm run editors -- disable <用户名>
  npm run editors -- enable <用户名>
  npm run editors -- role <用户名> editor|reviewer|admin
角色 / Roles: editor 编辑（写草稿、提交审核）, reviewer 审核（还可发布）, admin 管理员（还可管理账号）`;

/** Reads a password twice from the terminal (hidden), or once from XINHUO_EDITOR_PASSWORD. */
async function askPassword(): Promise<string> {
  const given = readConfig().editorPassword;
  if (given) return given;
  if (!process.stdin.isTTY)
    throw new AccountError('请在终端中运行以输入密码，或用环境变量 XINHUO_EDITOR_PASSWORD 给出。');
  const ask = async (question: string) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    // Typed characters are not echoed: only the question is written.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      if (s.includes(question)) process.stdout.write(s);
    };
    const answer = await rl.question(question);
    rl.close();
    process.stdout.write('\n');
    return answer;
  };
  const first = await ask('新密码 / New password: ');
  if ((await ask('再输入一次 / Again: ')) !== first) throw new AccountError('两次输入的密码不一样。');
  return first;
}

/** Runs one command of `argv` against the accounts file. */
export async function runEditorsCommand(
  argv: string[],
  file: string,
  out: (line: string) => void = console.log,
  password: () => Promise<string> = askPassword,
) {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: 'string' }, email: { type: 'string' }, role: { type: 'string', default: 'editor' } },
  });
  const [command, username = '', extra] = positionals;
  const accounts = accountStore(file);
  switch (command) {
    case 'list': {
      const all = accounts.list();
      if (!all.length) out('还没有账号。/ No accounts yet.');
      for (const a of all) {
        out(`${a.username}\t${a.name}\t${a.email}\t${ROLE_LABELS[a.role]}${a.disabled ? '\t已停用' : ''}`);
      }
      return;
    }
    case 'add': {
      if (!ROLES.includes(values.role as Role)) throw new AccountError(`角色只能是 ${ROLES.join('、')}。`);
      const account = await accounts.add({
        username,
        name: values.name ?? '',
        email: values.email ?? '',
        role: values.role as Role,
        password: await password(),
      });
      out(`已创建 / Added: ${account.username}（${account.name}，${ROLE_LABELS[account.role]}）`);
      return;
    }
    case 'passwd':
      await accounts.setPassword(username, await password());
      out(`已设置新密码 / Password set: ${username}`);
      return;
    case 'disable':
    case 'enable':
      await accounts.setDisabled(username, command === 'disable');
      out(`${command === 'disable' ? '已停用 / Disabled' : '已启用 / Enabled'}: ${username}`);
      return;
    case 'role':
      await accounts.setRole(username, extra as Role);
      out(`已改为${ROLE_LABELS[extra as Role]} / Role set: ${username}`);
      return;
    default:
      throw new AccountError(USAGE);
  }
}

if (import.meta.main) {
  const file = join(resolve(readConfig().cmsData), 'accounts.json');
  try {
    await runEditorsCommand(process.argv.slice(2), file);
  } catch (error) {
    console.error(`✗ ${(error as Error).message}`);
    process.exit(
      error instanceof AccountError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1,
    );
  }
}
