/**
 * The incremental build (`experimental.incrementalBuild` with the keys of src/incremental/cache-keys.ts)
 * must never leave a stale page: after edits, a rebuild that reuses pages must write, page for
 * page, what a cold build of the same sources writes. Real builds of a copy of the site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildsLimit } from '../../test/build-limits.ts';
import { buildSite, copySite, edit, removeSiteCopies } from '../../test/site-builds.ts';

const RETITLED = 'src/content/articles/informatization-party-building-strategy.mdx';
const RETAGGED = 'src/content/articles/2025-enterprise-party-co-building.mdx';
const NEW_TITLE = '增量构建核对用的新标题';
const NEW_TAG = '增量构建核对标签';
/** Fixed, so pages that show the build's date are the same in both builds. */
const ENV = { XINHUO_AS_OF: '2026-11-25 10:00' };

/** Every HTML page of a build, by path. */
function pages(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.html') && !f.startsWith('pagefind'),
  );
  return new Map(files.sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

/** Where two texts first differ, with some context from each. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `incremental «${a.slice(Math.max(0, i - 80), i + 80)}» cold «${b.slice(Math.max(0, i - 80), i + 80)}»`;
}

afterAll(removeSiteCopies);

describe('incremental build', { timeout: buildsLimit(3) }, () => {
  it('after an article is retitled and another retagged, reuses unaffected pages and writes what a cold build writes', () => {
    const site = copySite();
    const first = buildSite(site, { env: ENV });
    expect(first.status, first.output).toBe(0);

    edit(site, RETITLED, (t) => t.replace(/^title: .*$/m, `title: ${NEW_TITLE}`));
    edit(site, RETAGGED, (t) => t.replace(/^tags: \[/m, `tags: [${NEW_TAG}, `));
    const rebuilt = buildSite(site, { env: ENV });
    expect(rebuilt.status, rebuilt.output).toBe(0);
    const restored = rebuilt.output.split('\n').filter((line) => line.includes('(restored)'));
    // Most article pages show neither edited article: they are copied, not rendered.
    expect(restored.length).toBeGreaterThan(20);
    expect(restored.join('\n')).not.toContain('/articles/informatization-party-building-strategy/');
    expect(restored.join('\n')).not.toContain('/articles/2025-enterprise-party-co-building/');

    const cold = buildSite(site, { args: ['--force'], env: { ...ENV, XINHUO_OUT_DIR: 'dist-cold' } });
    expect(cold.status, cold.output).toBe(0);
    expect(cold.output).not.toContain('(restored)');

    const incremental = pages(join(site, 'dist'));
    const fresh = pages(join(site, 'dist-cold'));
    expect([...incremental.keys()]).toEqual([...fresh.keys()]);
    const stale = [...fresh].filter(([file, html]) => incremental.get(file) !== html).map(([file]) => file);
    const where = stale[0] && firstDifference(incremental.get(stale[0]) ?? '', fresh.get(stale[0])!);
    expect(stale, `${stale[0]} differs first at: ${where}`).toEqual([]);
    // The edits are in there: the new title on the pages that list the article, the new tag's own page.
    const showing = [...fresh].filter(([, html]) => html.includes(NEW_TITLE)).map(([file]) => file);
    expect(showing).toContain('articles/informatization-party-building-strategy/index.html');
    expect(showing.length).toBeGreaterThan(3);
    expect([...fresh.values()].filter((html) => html.includes(NEW_TAG)).length).toBeGreaterThan(2);
  });
});
