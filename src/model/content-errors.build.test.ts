/**
 * Content errors must stop a real `astro build` with the file, the field and a fix in Chinese and
 * English. Each case copies the site to a temporary folder, breaks one thing and builds it.
 */
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWith, edit, removeSiteCopies } from './test-builds';

const ARTICLE = 'src/content/articles/informatization-party-building-strategy.mdx';

afterAll(removeSiteCopies);

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
