// One way to run git from the scripts: arguments as an array (never a shell), optional input and
// environment, output as bytes or text, and an error that carries git's own message for the log.
import { spawn } from 'node:child_process';

/** A git command that failed: its arguments, exit code and what it printed on stderr. */
export class GitError extends Error {
  override name = 'GitError';
  readonly args: readonly string[];
  readonly code: number | null;
  readonly stderr: string;
  constructor(args: readonly string[], code: number | null, stderr: string) {
    super(`git ${args.join(' ')} failed (${code}): ${stderr.trim().split('\n').slice(-3).join(' / ')}`);
    this.args = args;
    this.code = code;
    this.stderr = stderr;
  }
}

export interface GitOptions {
  /** Written to git's standard input. */
  input?: string | Buffer | undefined;
  /** Added to the process's environment (author, index file). */
  env?: Record<string, string | undefined> | undefined;
  /** Exit codes that are answers rather than failures (e.g. 1 for `merge-tree` with conflicts). */
  okCodes?: readonly number[];
}

/** Runs `git <args>` in `cwd` → its standard output as bytes, and its exit code. */
export function gitRaw(cwd: string, args: readonly string[], options: GitOptions = {}) {
  return new Promise<{ stdout: Buffer; code: number }>((resolve, reject) => {
    const child = spawn('git', ['-c', 'core.quotePath=false', ...args], {
      cwd,
      env: { ...process.env, ...options.env, GIT_TERMINAL_PROMPT: '0' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const stdout = Buffer.concat(out);
      if (code === 0 || (code !== null && options.okCodes?.includes(code))) resolve({ stdout, code });
      else reject(new GitError(args, code, Buffer.concat(err).toString('utf8')));
    });
    child.stdin.on('error', () => {}); // git may exit before reading all of its input
    child.stdin.end(options.input);
  });
}

/** Runs `git <args>` in `cwd` → its standard output as text, without the final newline. */
export async function git(cwd: string, args: readonly string[], options: GitOptions = {}): Promise<string> {
  const { stdout } = await gitRaw(cwd, args, options);
  return stdout.toString('utf8').replace(/\n$/, '');
}

/** The commit a ref points to, or undefined when there is no such ref. */
export async function resolveRef(cwd: string, ref: string): Promise<string | undefined> {
  const { stdout, code } = await gitRaw(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
    okCodes: [1],
  });
  return code === 0 ? stdout.toString('utf8').trim() : undefined;
}
