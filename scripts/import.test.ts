/** The import command as editors run it: files in, reports out, exit code for scripts. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LEGACY_SAMPLE, tempProject } from '../src/import/test-fixtures.ts';

const ROOT = process.cwd();
const root = tempProject();
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs `npm run import -- …args` in the temporary project. */
const runImport = (...args: string[]) => {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
};

describe('npm run import', { timeout: 60_000 }, () => {
  it('prints a report and writes nothing on a dry run', () => {
    const { status, output } = runImport(LEGACY_SAMPLE, '--dry-run', '--category', 'theory');
    expect(status).toBe(0);
    expect(output).toContain('source: 《魅力中国》2021年第6期');
    expect(output).toContain('垃圾广告行：1');
    expect(output).toContain('dry run, nothing written. 1 imported, 0 failed');
    expect(readdirSync(join(root, 'src/content/articles'))).toEqual([]);
  });

  it('imports a folder, and fails with the file named when one source is bad', () => {
    const folder = join(root, 'old');
    mkdirSync(folder);
    writeFileSync(
      join(folder, 'a.txt'),
      '学院召开专题会议\n\n2026-10-14 党委办公室\n\n会议研究部署了第四季度的党建重点工作任务。\n',
    );
    writeFileSync(
      join(folder, 'b.txt'),
      '没有日期的稿件\n\n作者：党委宣传部\n\n这是一段足够长的正文，用来生成摘要。\n',
    );
    const { status, output } = runImport(folder);
    expect(status).toBe(1);
    expect(output).toContain(`✓ ${join(folder, 'a.txt')} → src/content/articles/xue-yuan-zhao-kai-zhuan-ti-hui-yi.mdx`);
    expect(output).toContain(`✗ 导入失败 / Import failed: ${join(folder, 'b.txt')}`);
    expect(output).toContain('1 imported, 1 failed');
    expect(readdirSync(join(root, 'src/content/articles'))).toEqual(['xue-yuan-zhao-kai-zhuan-ti-hui-yi.mdx']);
  });
});
