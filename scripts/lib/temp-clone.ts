// A throwaway git repository holding the working tree as it is now, so tests that let the CMS
// commit, branch and check out (decap-server in git mode) never touch the developer's checkout.
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Copies the tracked and unignored files of `source` into a new repository on branch main. */
export function makeTempClone(source = process.cwd()) {
  const dir = mkdtempSync(join(tmpdir(), 'xinhuo-cms-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: source,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    try {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      cpSync(join(source, file), join(dir, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error; // deleted but not yet committed
    }
  }
  symlinkSync(join(source, 'node_modules'), join(dir, 'node_modules'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  // .gitignore's `node_modules/` matches folders only, not this symlink.
  appendFileSync(join(dir, '.git/info/exclude'), '/node_modules\n');
  git('config', 'user.name', '薪火测试');
  git('config', 'user.email', 'test@xinhuo.invalid');
  git('add', '-A');
  git('commit', '-q', '-m', 'Starting point of the CMS test');
  return dir;
}
