import { statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The build's cache folder, relative to the project root: Astro's own caches (`cacheDir` in
 * astro.config.mjs) and the project's (files that passed the byte checks, topic counts, search
 * shards) all live under it, so deleting it gives a cold build.
 */
export const BUILD_CACHE_DIR = '.astro/cache/';

/** `12 KB`, `1.4 MB`: a file size as readers read it. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The size of a media file (`/uploads/…`, served from public/), or undefined when it is missing;
 * read at build time so download links can say how large they are.
 */
export function mediaFileSize(mediaPath: string, publicDir = join(process.cwd(), 'public')): number | undefined {
  try {
    return statSync(join(publicDir, decodeURI(mediaPath))).size;
  } catch {
    return undefined;
  }
}
