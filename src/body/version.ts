import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A digest of the renderer's own source (this folder). The content layer caches rendered bodies
 * by each file's digest; joining this one to it renders every body again when the renderer or its
 * rules change, instead of serving HTML made by an older version.
 */
function rendererDigest(): string {
  try {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const sources = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .sort()
      .map((f) => readFileSync(join(dir, f), 'utf8'));
    return createHash('sha256').update(sources.join('\0')).digest('hex').slice(0, 16);
  } catch {
    return 'renderer';
  }
}

export const RENDERER_DIGEST = rendererDigest();
