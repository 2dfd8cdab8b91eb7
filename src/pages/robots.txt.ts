import type { APIContext } from 'astro';
import { href } from '../lib/urls.ts';

/** Lets crawlers in, keeps them out of the CMS, and points to the sitemap. */
export function GET(context: APIContext) {
  const sitemap = new URL(href('sitemap-index.xml'), context.site ?? 'http://localhost/').href;
  return new Response(`User-agent: *\nDisallow: ${href('admin/')}\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
