/**
 * A throwaway copy of the site with the XSS corpus in its content (never in src/content), built
 * once per worker and served over HTTP.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { buildSite, copySite } from '../../test/site-builds.ts';
import { ARTICLE_BODY, ARTICLE_FIELDS, BRANCH_FIELDS } from './payloads.ts';

/** The corpus article's id and its branch's id. */
export const ARTICLE = 'xss-corpus';
export const BRANCH = 'xss-branch';

const frontmatter = (data: object, body = '') => `---\n${stringify(data).trimEnd()}\n---\n\n${body}\n`;

/** Writes the corpus into a site copy. */
export function writeCorpus(site: string): void {
  writeFileSync(
    join(site, `src/content/articles/${ARTICLE}.mdx`),
    frontmatter(
      {
        ...ARTICLE_FIELDS,
        date: '2026-11-24',
        category: 'news',
        branch: BRANCH,
        cover: '/uploads/three-meetings-one-lesson.svg',
      },
      ARTICLE_BODY,
    ),
  );
  mkdirSync(join(site, 'src/content/branches'), { recursive: true });
  writeFileSync(
    join(site, `src/content/branches/${BRANCH}.yml`),
    stringify({ ...BRANCH_FIELDS, kind: 'teacher', secretary: '测试', members: 3 }),
  );
}

/** Builds a copy of the site with the corpus and serves its output; throws with the build log on failure. */
export async function serveCorpusSite() {
  const site = copySite();
  writeCorpus(site);
  const { status, output } = buildSite(site);
  if (status !== 0) throw new Error(`The XSS corpus site did not build:\n${output.slice(-4000)}`);
  return { site, server: await serveStatic(join(site, 'dist')) };
}
