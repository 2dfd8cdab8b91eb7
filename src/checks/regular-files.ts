/**
 * Only regular files reach readers. Astro copies `public/` into the output as it finds it, a link
 * included, and every server after it (`astro preview`, nginx) follows the link: a symbolic link
 * committed as `public/uploads/x.png` → `/etc/passwd` would publish that file. The content loader
 * skips what is not a file, so a link there would vanish without a word. Either stops the build.
 */
import { findNonRegularFiles, NON_REGULAR_NAMES, type NonRegularFile } from '../lib/non-regular-files.ts';
import { CONTENT_DIR } from './loader.ts';
import type { FileProblem } from './source-checks.ts';

/** The folders whose files are published or read as content, relative to the project root. */
export const PUBLISHED_DIRS = ['public', CONTENT_DIR] as const;

const FILE_TYPE = { path: 'file type', label: '文件类型' };

/** What an editor or developer is told about one entry. */
function explain({ path, kind, target }: NonRegularFile): FileProblem {
  const [zhName, enName] = NON_REGULAR_NAMES[kind];
  const problem =
    kind === 'symlink'
      ? {
          zh: `${path} 是一个${zhName}（指向 ${target}）。网站只发布普通文件：请删除这个链接，换成文件本身。`,
          en: `${path} is ${enName} (to ${target}). The site publishes regular files only: delete the link and put the file itself in its place.`,
        }
      : {
          zh: `${path} 是一个${zhName}，不是普通文件。网站只发布普通文件：请删除它。`,
          en: `${path} is ${enName}, not a regular file. The site publishes regular files only: delete it.`,
        };
  return { file: path, problems: [{ ...FILE_TYPE, ...problem }] };
}

/** Every link or special file under `public/` and `src/content/` of a project, never following a link. */
export function checkRegularFiles(root: string): FileProblem[] {
  return findNonRegularFiles(root, PUBLISHED_DIRS).map(explain);
}
