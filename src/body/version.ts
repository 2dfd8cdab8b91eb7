import { readdirSync } from 'node:fs';
import { sourceDigest } from '../lib/source-digest.ts';

/** The renderer: every module of this folder (tests aside), with what they import. */
function rendererEntries(): string[] {
  try {
    return readdirSync('src/body')
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => `src/body/${f}`);
  } catch {
    return ['src/body/(unreadable)'];
  }
}
export const RENDERER_ENTRIES = rendererEntries();

/**
 * A digest of the renderer's source and everything it imports (src/lib/source-digest.ts). The
 * content layer caches rendered bodies by each file's digest; joining this one to it renders every
 * body again when the renderer, its rules or a module they use change, instead of serving HTML
 * made by an older version. Unreadable sources render everything again (a fresh value per build).
 */
export const RENDERER_DIGEST = sourceDigest(RENDERER_ENTRIES) ?? `unversioned-${Date.now()}`;
