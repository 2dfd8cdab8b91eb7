// Packing a built site into the intranet mirror's release archive (npm run mirror, deploy/publish.sh).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { gzip as gzipCallback, constants } from 'node:zlib';
import { create as createTar } from 'tar';
import { findNonRegularFiles, NON_REGULAR_NAMES } from '../../src/lib/non-regular-files.ts';

const gzip = promisify(gzipCallback);

/** Files nginx's `gzip_static` may serve precompressed: text formats only (images, PDFs, Pagefind's files are compressed already). */
export const PRECOMPRESS = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.svg',
  '.xml',
  '.txt',
  '.ics',
  '.vtt',
  '.map',
  '.webmanifest',
]);
/** Below this a compressed copy saves too little to be worth a file. */
const MIN_PRECOMPRESS_BYTES = 512;
/** The manifest of a release: `sha256sum -c` reads it as is. */
export const MANIFEST = 'SHA256SUMS';
/** A release's description (version, commit, build time, base path, site URL), beside the site. */
export const RELEASE_INFO = 'release.json';
/** The folder of a release that the web server serves. */
export const SITE_DIR = 'site';

/** Every file under a folder, as paths relative to it with `/` separators, sorted (byte order, so the manifest is stable). */
export async function listFiles(root: string) {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A release folder holds a link or a special file: nothing may be packed. */
export class NotRegularFilesError extends Error {
  override name = 'NotRegularFilesError';
}

/**
 * Throws a NotRegularFilesError naming every entry under a folder that is not a regular file or a
 * folder (walked with lstat, never following a link). tar would pack a link as a link, and the web
 * server would follow it to wherever it points on the server.
 */
export function assertRegularFiles(dir: string) {
  const found = findNonRegularFiles(dir, ['.']);
  if (found.length === 0) return;
  const lines = found.slice(0, 20).map(({ path, kind, target }) => {
    const [zh, en] = NON_REGULAR_NAMES[kind];
    return target === undefined ? `${path}：${zh} · ${en}` : `${path}：${zh}，指向 ${target} · ${en} to ${target}`;
  });
  if (found.length > lines.length)
    lines.push(`…（另有 ${found.length - lines.length} 个 · ${found.length - lines.length} more）`);
  throw new NotRegularFilesError(
    `发布内容中有 ${found.length} 个不是普通文件的条目，未生成归档：网站只发布普通文件，请删除它们（或换成文件本身）后重新生成 · ` +
      `${found.length} entr${found.length === 1 ? 'y is' : 'ies are'} not regular files, no archive written:\n  ${lines.join('\n  ')}`,
  );
}

/** SHA-256 of a file, hex. */
export async function sha256File(path: string) {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/**
 * Writes `<file>.gz` beside every text file big enough to gain from it, at the highest level
 * (compressed once here, served many times). Returns the number of files written and bytes saved.
 */
export async function precompress(root: string) {
  let files = 0;
  let saved = 0;
  for (const path of await listFiles(root)) {
    if (!PRECOMPRESS.has(extname(path))) continue;
    const source = join(root, path);
    const data = await readFile(source);
    if (data.length < MIN_PRECOMPRESS_BYTES) continue;
    const packed = await gzip(data, { level: constants.Z_BEST_COMPRESSION });
    if (packed.length >= data.length) continue;
    await writeFile(`${source}.gz`, packed);
    files += 1;
    saved += data.length - packed.length;
  }
  return { files, saved };
}

/** Writes the release's SHA256SUMS: every file of the release but the manifest itself, in `sha256sum` format. */
export async function writeManifest(releaseDir: string) {
  const files = (await listFiles(releaseDir)).filter((path) => path !== MANIFEST);
  const lines: string[] = [];
  for (const path of files) lines.push(`${await sha256File(join(releaseDir, path))}  ${path}`);
  await writeFile(join(releaseDir, MANIFEST), `${lines.join('\n')}\n`);
  return files.length;
}

/**
 * Packs a release folder (site/, release.json, SHA256SUMS) into a .tar.gz whose one top folder
 * is the release's name, then writes `<archive>.sha256`. The archive appears under its final
 * name only once complete, so a crash never leaves a half archive that looks finished. A release
 * holding anything but regular files and folders is refused (assertRegularFiles).
 */
export async function packRelease(releaseDir: string, archivePath: string) {
  assertRegularFiles(releaseDir);
  const partial = `${archivePath}.partial`;
  await createTar(
    { gzip: { level: constants.Z_BEST_COMPRESSION }, portable: true, cwd: dirname(releaseDir), file: partial },
    [basename(releaseDir)],
  );
  await rename(partial, archivePath).catch(async (error) => {
    await rm(partial, { force: true });
    throw error;
  });
  const digest = await sha256File(archivePath);
  await writeFile(`${archivePath}.sha256`, `${digest}  ${basename(archivePath)}\n`);
  const { size } = await stat(archivePath);
  return { digest, size };
}
