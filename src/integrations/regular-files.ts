import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../checks/loader.ts';
import { checkRegularFiles } from '../checks/regular-files.ts';
import { formatFileProblems } from '../checks/source-checks.ts';

/**
 * Stops `astro build` and `astro dev` before anything is read or copied when `public/` or
 * `src/content/` holds a symbolic link or another file that is not a regular one
 * (src/checks/regular-files.ts): Vite would copy a link into the output as a link, and the
 * servers after it follow links.
 */
export function regularFilesOnly(): AstroIntegration {
  return {
    name: 'xinhuo:regular-files',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build' && command !== 'dev') return;
        const found = checkRegularFiles(fileURLToPath(config.root));
        if (found.length) throw new ContentError(formatFileProblems(found));
      },
    },
  };
}
