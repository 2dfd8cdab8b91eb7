/**
 * Content errors must stop a real `astro build` with the file, the line, the field and a fix in
 * Chinese and English, and no build may write to a source file. Each case copies the site to a
 * temporary folder, breaks one thing and builds it. The bad-input corpus (bad-content.test.ts)
 * covers every kind of problem through the loader's checks; the builds here prove the wiring of
 * each layer (raw bytes, YAML syntax, a field's value, file names) into `astro build`.
 */
import { cpSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS } from './test-corpus.ts';
import { buildWith, edit, removeSiteCopies, type SiteBuild } from '../../test/site-builds.ts';

const ARTICLE = 'src/content/articles/informatization-party-building-strategy.mdx';

afterAll(removeSiteCopies);

/** Builds the site with the files of a bad-content corpus case added to it. */
const buildWithCase = (name: string) =>
  buildWith((site) => cpSync(join(CORPUS, name, 'src'), join(site, 'src'), { recursive: true }));

/** A failed build that names the file and line, and left every source file as it was. */
function expectStopped({ status, output, touched }: SiteBuild, fileAndLine: string) {
  expect(status).not.toBe(0);
  expect(output).toContain(`内容错误 / Content error: ${fileAndLine}`);
  expect(touched).toEqual([]);
}

describe('content errors stop the build', () => {
  it('names the file, the field, the allowed values, in Chinese and English', () => {
    const { status, output } = buildWith((site) =>
      edit(site, ARTICLE, (t) => t.replace(/^category: .*$/m, 'category: 新闻')),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(`内容错误 / Content error: ${ARTICLE}:5`);
    expect(output).toContain('第 5 行 · 栏目 (category)：“新闻”不是可选值');
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

  it('stops at a raw-file problem (a GBK-encoded file) with the line and the conversion command', () => {
    const build = buildWithCase('encoding-gbk');
    expectStopped(build, 'src/content/articles/case.mdx:2');
    expect(build.output).toContain('文件不是 UTF-8 编码，看起来是 GBK');
    expect(build.output).toContain('iconv -f GBK -t UTF-8');
  });

  it('stops at a YAML syntax error (an unclosed quote) on the line where the quote opens', () => {
    const build = buildWithCase('yaml-unclosed-quote');
    expectStopped(build, 'src/content/articles/case.mdx:2');
    expect(build.output).toContain('第 2 行 · 标题 (title)：引号没有闭合');
  });

  it('stops at an impossible date that YAML alone would roll over to March', () => {
    const build = buildWithCase('impossible-date-feb-30');
    expectStopped(build, 'src/content/articles/case.mdx:3');
    expect(build.output).toContain('第 3 行 · 发布日期 (date)：日期“2026-02-30”不对');
  });

  it('stops at a symbolic link in public/ or src/content/, naming each and its target, before reading anything', () => {
    // Without the check, Vite copies what the link points to into dist/ and every server serves it.
    const build = buildWith((site) => {
      symlinkSync('/etc/passwd', join(site, 'public/uploads/passwd.txt'));
      symlinkSync(ARTICLE.replace('src/content/articles/', ''), join(site, 'src/content/articles/linked.mdx'));
    });
    expectStopped(build, 'public/uploads/passwd.txt');
    expect(build.output).toContain('public/uploads/passwd.txt 是一个符号链接（指向 /etc/passwd）');
    expect(build.output).toContain('Content error: src/content/articles/linked.mdx');
    expect(build.output).toContain('delete the link and put the file itself in its place');
  });

  it('accepts Windows line endings (CRLF) and renders the entry exactly as with LF', () => {
    const build = buildWith((site) => edit(site, ARTICLE, (t) => t.replace(/\n/g, '\r\n')));
    expect(build.status, build.output).toBe(0);
    expect(build.touched).toEqual([]);
    const html = readFileSync(
      join(build.site, 'dist/articles/informatization-party-building-strategy/index.html'),
      'utf8',
    );
    const source = readFileSync(ARTICLE, 'utf8');
    const title = /^title: (.*)$/m.exec(source)![1]!;
    const blocks = source
      .split(/^---$/m)[2]!
      .trim()
      .split(/\n\s*\n/);
    const headings = blocks.filter((b) => b.startsWith('#'));
    expect(html).toMatch(new RegExp(`<h1[^>]*>${title}</h1>`));
    // Every block of the body became one heading or paragraph, nothing of the frontmatter leaked in.
    const prose = html.slice(html.indexOf('<div class="prose-zh'), html.indexOf('<footer'));
    expect(prose.match(/<h[23][ >]/g)?.length).toBe(headings.length);
    expect(prose.match(/<p>/g)?.length).toBe(blocks.length - headings.length);
    for (const heading of headings) expect(prose).toContain(`>${heading.replace(/^#+ /, '')}</h`);
    expect(prose).not.toMatch(/\r|title:|summary:/);
  });
});
