import type { AstroIntegration } from 'astro';
import { mdxEntryType } from '../body/entry-type.ts';

/** The hook Astro gives integrations to add a content file type (used by @astrojs/mdx and @astrojs/markdoc). */
type AddContentEntryType = (entryType: typeof mdxEntryType) => void;

/**
 * Registers `.mdx` as a content entry type rendered at load time by the project's own safe
 * renderer (src/body/), in place of @astrojs/mdx, which compiled every body to a JavaScript
 * module: bodies are data, never code, and the build bundles no module per entry.
 */
export function mdxBodies(): AstroIntegration {
  return {
    name: 'xinhuo-mdx-bodies',
    hooks: {
      'astro:config:setup': (params) => {
        (params as unknown as { addContentEntryType: AddContentEntryType }).addContentEntryType(mdxEntryType);
      },
    },
  };
}
