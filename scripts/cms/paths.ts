// The one place that decides which repository paths the editors' server may read or write: the
// entry files of the content model's collections, its settings files and the media folder, and
// nothing else (no .git, config, script, page or hidden file). Every path a request names passes
// through `allowPath` before anything is read or written.
import { MEDIA_FOLDER } from '../../admin/config.ts';
import { COLLECTIONS, SINGLETONS } from '../../src/model/collections.ts';

/** A path the server may touch, and what it is. */
export type AllowedPath =
  | { kind: 'entry'; path: string; collection: string }
  | { kind: 'settings'; path: string }
  | { kind: 'media'; path: string; extension: string };

/** A path that is not the CMS's to touch, with the editor-facing reason. */
export class PathRefused extends Error {
  override name = 'PathRefused';
}

/** File kinds editors may upload, by extension (uploads are also checked by their bytes: uploads.ts). */
export const MEDIA_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'avif', 'pdf', 'docx', 'mp4', 'webm', 'vtt'];
/** Media the repository may hold from before (developers' files) and the CMS may list, never upload. */
const READ_ONLY_MEDIA = ['svg'];

const MAX_PATH = 240;
/** One path segment: ASCII letters, digits, `-`, `_` and inner dots; never `.`/`..` or a hidden name. */
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
const MEDIA_ROOT = `${MEDIA_FOLDER}/`;
const SETTINGS = new Set(SINGLETONS.map((def) => `src/content/${def.file}`));
const ENTRY_FOLDERS = new Map(COLLECTIONS.map((def) => [`src/content/${def.name}`, def]));

const refuse = (path: string, why: string): never => {
  throw new PathRefused(`不能访问“${path.slice(0, 120)}”：${why}`);
};

/**
 * Checks a path named by a CMS request → what it is, or a PathRefused. The path must already be in
 * its one normal form: relative, `/`-separated, no `.`/`..`, no empty, hidden or encoded segment,
 * ASCII file names (as the CMS makes them). A symbolic link cannot be reached either: the server
 * reads and writes git objects, never the working tree (store.ts).
 */
export function allowPath(input: unknown, { write = false }: { write?: boolean } = {}): AllowedPath {
  if (typeof input !== 'string' || input === '') return refuse(String(input), '缺少文件路径。');
  const path = input;
  if (path.length > MAX_PATH) return refuse(path, '路径太长。');
  const segments = path.split('/');
  if (!segments.every((segment) => SEGMENT.test(segment) && !segment.endsWith('.'))) {
    return refuse(path, '路径只能由字母、数字、“-”“_”“.”组成，且不能含“..”、“%”、绝对路径或隐藏文件。');
  }
  if (SETTINGS.has(path)) return { kind: 'settings', path };
  const folder = segments.slice(0, -1).join('/');
  const def = ENTRY_FOLDERS.get(folder);
  if (def) {
    if (!path.endsWith(`.${def.format}`)) return refuse(path, `“${def.label}”的文件须为 .${def.format} 文件。`);
    return { kind: 'entry', path, collection: def.name };
  }
  if (path.startsWith(MEDIA_ROOT) && segments.length <= 6) {
    const extension = segments.at(-1)!.split('.').slice(1).at(-1)?.toLowerCase() ?? '';
    if (MEDIA_EXTENSIONS.includes(extension)) return { kind: 'media', path, extension };
    if (!write && READ_ONLY_MEDIA.includes(extension)) return { kind: 'media', path, extension };
    return refuse(path, `媒体库只收 ${MEDIA_EXTENSIONS.join('、')} 文件。`);
  }
  return refuse(path, '内容管理只能读写内容文件夹（src/content/ 下的各栏目）和媒体库（public/uploads/）。');
}

/** Checks a folder named by a listing request: a collection's folder or the media folder (or below it). */
export function allowFolder(input: unknown): string {
  if (typeof input !== 'string') return refuse(String(input), '缺少文件夹。');
  const folder = input.replace(/\/+$/, '');
  if (ENTRY_FOLDERS.has(folder) || folder === MEDIA_FOLDER) return folder;
  if (folder.startsWith(MEDIA_ROOT) && folder.split('/').every((segment) => SEGMENT.test(segment))) return folder;
  return refuse(input, '只能列出各栏目的文件夹和媒体库。');
}

/** Whether a path (as git lists it) is one the CMS may publish: content entries, settings or media. */
export function isPublishable(path: string): boolean {
  try {
    allowPath(path, { write: true });
    return true;
  } catch {
    return false;
  }
}
