import { defineHastPlugin } from 'satteri';
import { URL_ATTRIBUTES } from './policy.ts';
import { withBase } from '../lib/urls.ts';

/** Prefixes a site-absolute path (`/articles/x/`) with the base, once. */
export function rebase(url: string, base: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (prefix === '/' || url === prefix.slice(0, -1) || url.startsWith(prefix)) return url;
  return withBase(prefix, url);
}

/**
 * Sätteri HAST plugin: editors write links and images in Markdown as `/articles/x/` or
 * `/uploads/a.jpg`; under a sub-path deployment (`/dangjian/`) these get the base prefix, so
 * content never has to know where the site is served.
 */
export function rebaseLinks(base: string) {
  return defineHastPlugin({
    name: 'xinhuo-rebase-links',
    element: {
      filter: Object.keys(URL_ATTRIBUTES),
      visit(node, ctx) {
        for (const name of URL_ATTRIBUTES[node.tagName] ?? []) {
          const value = node.properties?.[name];
          if (typeof value !== 'string') continue;
          const rebased = rebase(value, base);
          if (rebased !== value) ctx.setProperty(node, name, rebased);
        }
      },
    },
  });
}
