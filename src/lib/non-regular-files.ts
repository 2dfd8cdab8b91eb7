import { lstatSync, readdirSync, readlinkSync, type Stats } from 'node:fs';
import { join } from 'node:path';

/** What an entry is when it is neither a regular file nor a folder. */
export type NonRegularKind = 'symlink' | 'fifo' | 'socket' | 'device';

/** An entry that must never be published: a link (to anything) or a special file. */
export interface NonRegularFile {
  /** Path relative to the root it was found under, with `/` separators. */
  path: string;
  kind: NonRegularKind;
  /** Where a symbolic link points, as written in the link. */
  target?: string;
}

/** Each kind's name, in Chinese and English, for messages. */
export const NON_REGULAR_NAMES: Record<NonRegularKind, [zh: string, en: string]> = {
  symlink: ['符号链接', 'a symbolic link'],
  fifo: ['命名管道（FIFO）', 'a named pipe (FIFO)'],
  socket: ['套接字（socket）', 'a socket'],
  device: ['设备文件', 'a device file'],
};

const kindOf = (stats: Stats): NonRegularKind | undefined => {
  if (stats.isFile() || stats.isDirectory()) return undefined;
  if (stats.isSymbolicLink()) return 'symlink';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isSocket()) return 'socket';
  return 'device';
};

/**
 * Every entry under `dirs` (relative to `root`, `.` for all of it; a missing one is skipped) that is not a regular
 * file or a folder, sorted by path. Walks with lstat and never follows a link: a link to a folder
 * is reported, not entered, so nothing outside the tree is ever looked at.
 */
export function findNonRegularFiles(root: string, dirs: readonly string[]): NonRegularFile[] {
  const found: NonRegularFile[] = [];
  const visit = (path: string) => {
    let stats: Stats;
    try {
      stats = lstatSync(join(root, path));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    const kind = kindOf(stats);
    if (kind === 'symlink') found.push({ path, kind, target: readlinkSync(join(root, path)) });
    else if (kind) found.push({ path, kind });
    else if (stats.isDirectory())
      for (const name of readdirSync(join(root, path))) visit(path === '.' ? name : `${path}/${name}`);
  };
  for (const dir of dirs) visit(dir);
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
