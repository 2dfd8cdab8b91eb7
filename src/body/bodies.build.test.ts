/**
 * A body that breaks a rule stops a real `astro build` with the file, the line and the fix in
 * Chinese and English, again on the next build (nothing is cached), and no source file changes.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildsLimit } from '../../test/build-limits.ts';
import { buildSite, copySite, edit, removeSiteCopies } from '../../test/site-builds.ts';

const ARTICLE = 'src/content/articles/informatization-party-building-strategy.mdx';

/** A digest of every file under src/ of a site copy. */
function sourceDigest(site: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(join(site, 'src'), { recursive: true, encoding: 'utf8' }).sort();
  for (const file of files) {
    try {
      hash.update(file).update(readFileSync(join(site, 'src', file)));
    } catch {
      // a folder
    }
  }
  return hash.digest('hex');
}

afterAll(removeSiteCopies);

describe('body rules stop the build', { timeout: buildsLimit(2) }, () => {
  it('rejects code in a body with file, line and fix, on every build, and modifies no source file', () => {
    const site = copySite();
    edit(
      site,
      ARTICLE,
      (t) => `${t.trimEnd()}\n\n<img src="/favicon.svg" alt="x" onerror="alert(1)" />\n\n{alert(1)}\n`,
    );
    const lines = readFileSync(join(site, ARTICLE), 'utf8').trimEnd().split('\n').length;
    const before = sourceDigest(site);
    for (const attempt of [1, 2]) {
      const { status, output } = buildSite(site);
      expect(status, `build ${attempt}`).not.toBe(0);
      expect(output).toContain(`内容错误 / Content error: ${ARTICLE}`);
      expect(output).toContain(`第 ${lines - 2} 行 · 正文 (body)：（第 1 列）<img> 不能使用事件属性 onerror`);
      expect(output).toContain('<img> cannot have the event handler onerror');
      expect(output).toContain(`第 ${lines} 行 · 正文 (body)：（第 1 列）不能使用花括号表达式`);
    }
    expect(sourceDigest(site)).toBe(before);
  });

  it('rejects a link to an article that was removed, naming the file that links to it', () => {
    const site = copySite();
    rmSync(join(site, 'src/content/articles/2026-quality-of-three-meetings-one-lesson.mdx'));
    const { status, output } = buildSite(site);
    expect(status).not.toBe(0);
    expect(output).toContain(
      '内容错误 / Content error: src/content/articles/2026-q4-three-meetings-records-notice.mdx',
    );
    // The line is read from the starter file, so editing its frontmatter does not break the test.
    const linking = readFileSync(join(site, 'src/content/articles/2026-q4-three-meetings-records-notice.mdx'), 'utf8');
    const line =
      linking.split('\n').findIndex((l) => l.includes('/articles/2026-quality-of-three-meetings-one-lesson/')) + 1;
    expect(output).toMatch(
      new RegExp(
        `第 ${line} 行 · 正文 \\(body\\)：（第 \\d+ 列）链接的站内页面“/articles/2026-quality-of-three-meetings-one-lesson/”不存在`,
      ),
    );
  });
});
