/** `npm run check:content` lists every problem of every file without building, and fails when there is one. */
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copySite, removeSiteCopies } from '../test/site-builds.ts';
import { CORPUS } from '../src/checks/test-corpus.ts';

afterAll(removeSiteCopies);

const checkContent = (root: string) =>
  spawnSync(process.execPath, ['scripts/check-content.ts', root], { encoding: 'utf8' });

describe('npm run check:content', { timeout: 60_000 }, () => {
  it('passes the starter content', () => {
    const result = checkContent(copySite());
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('内容检查通过 / Content OK');
  });

  it('lists the problems of several files at once and fails', () => {
    const site = copySite();
    for (const name of ['yaml-unclosed-quote', 'branch-yaml-broken', 'file-name-chinese']) {
      cpSync(join(CORPUS, name, 'src'), join(site, 'src'), { recursive: true });
    }
    const result = checkContent(site);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('内容错误 / Content error: src/content/articles/case.mdx:2');
    expect(result.stderr).toContain('内容错误 / Content error: src/content/branches/case.yml:4');
    expect(result.stderr).toContain('内容错误 / Content error: src/content/articles/党建工作.mdx');
    expect(result.stderr).toContain('✗ 3 个文件有 3 处问题 / 3 problem(s) in 3 file(s)');
  });
});
