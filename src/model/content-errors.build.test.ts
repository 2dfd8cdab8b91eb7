/**
 * Content errors must stop a real `astro build` with the file, the field and a fix in Chinese and
 * English. Each case copies the site to a temporary folder, breaks one thing and builds it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const ARTICLE = 'src/content/articles/informatization-party-building-strategy.mdx';
const sites: string[] = [];

/** A throwaway copy of the site with one change applied; returns the build's exit code and output. */
function buildWith(change: (site: string) => void): { status: number | null; output: string } {
  const site = mkdtempSync(join(tmpdir(), 'xinhuo-content-'));
  sites.push(site);
  for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, entry), join(site, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(site, 'node_modules'));
  change(site);
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: site,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const edit = (site: string, file: string, replace: (text: string) => string) =>
  writeFileSync(join(site, file), replace(readFileSync(join(site, file), 'utf8')));

afterAll(() => sites.forEach((site) => rmSync(site, { recursive: true, force: true })));

describe('content errors stop the build', { timeout: 180_000 }, () => {
  it('names the file, the field, the allowed values, in Chinese and English', () => {
    const { status, output } = buildWith((site) =>
      edit(site, ARTICLE, (t) => t.replace(/^category: .*$/m, 'category: 新闻')),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(`内容错误 / Content error: ${ARTICLE}`);
    expect(output).toContain('栏目 (category)：“新闻”不是可选值');
    expect(output).toContain('Must be one of: news, theory, notice, branch-life, voices.');
  });

  it('rejects a reference to a branch that does not exist', () => {
    const { status, output } = buildWith((site) =>
      edit(site, ARTICLE, (t) => t.replace(/^category: .*$/m, (line) => `${line}\nbranch: no-such-branch`)),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('所属支部 (branch)：找不到标识为“no-such-branch”的条目');
  });

  it('rejects an attachment whose file is not in the media folder', () => {
    const material = 'src/content/materials/party-branch-work-handbook-2026.mdx';
    const { status, output } = buildWith((site) =>
      edit(site, material, (t) =>
        t.replace(/file: \/uploads\/materials\/[^\n]+/, 'file: /uploads/materials/missing.pdf'),
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(`内容错误 / Content error: ${material}`);
    expect(output).toContain(
      '附件 › 第 1 项 › 文件 (attachments.0.file)：媒体库中没有文件“/uploads/materials/missing.pdf”',
    );
  });

  it('rejects a file name that cannot be a URL and suggests one', () => {
    const { status, output } = buildWith((site) =>
      cpSync(join(site, ARTICLE), join(site, 'src/content/articles/信息化党建.mdx')),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('文件名“信息化党建”不能用作网址');
    expect(output).toContain('e.g. xin-xi-hua-dang-jian');
  });

  it('treats two entries with the same slug as an error, not a warning', () => {
    const { status, output } = buildWith((site) => {
      mkdirSync(join(site, 'src/content/articles/archive'));
      cpSync(
        join(site, ARTICLE),
        join(site, 'src/content/articles/archive/informatization-party-building-strategy.mdx'),
      );
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/informatization-party-building-strategy/);
    expect(output).toContain('与 src/content/articles/');
    expect(output).toContain('的文件名重复（“informatization-party-building-strategy”）');
  });
});
