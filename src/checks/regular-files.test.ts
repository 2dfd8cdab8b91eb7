import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from './check-content.ts';
import { checkRegularFiles } from './regular-files.ts';
import { formatFileProblems } from './source-checks.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A project folder with an image, an article and a settings file, all regular files. */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'xinhuo-regular-'));
  roots.push(root);
  mkdirSync(join(root, 'public/uploads'), { recursive: true });
  mkdirSync(join(root, 'src/content/articles'), { recursive: true });
  writeFileSync(join(root, 'public/uploads/logo.png'), Buffer.alloc(64, 1));
  writeFileSync(join(root, 'src/content/articles/news.mdx'), '---\ntitle: 新闻\n---\n');
  return root;
}

const files = (root: string) => checkRegularFiles(root).map((f) => f.file);

describe('checkRegularFiles', () => {
  it('passes a project of regular files and folders', () => {
    expect(checkRegularFiles(project())).toEqual([]);
  });

  it('names a link to a file outside the project, with its target and what to do, in Chinese and English', () => {
    const root = project();
    symlinkSync('/etc/passwd', join(root, 'public/uploads/x.png'));
    const found = checkRegularFiles(root);
    expect(found).toHaveLength(1);
    expect(formatFileProblems(found)).toBe(
      [
        '内容错误 / Content error: public/uploads/x.png',
        '  • 文件类型 (file type)：public/uploads/x.png 是一个符号链接（指向 /etc/passwd）。网站只发布普通文件：请删除这个链接，换成文件本身。',
        '    public/uploads/x.png is a symbolic link (to /etc/passwd). The site publishes regular files only: delete the link and put the file itself in its place.',
        '  请在 CMS 中或直接在该文件中修改后重新构建。 / Fix the file (or edit it in the CMS) and build again.',
      ].join('\n'),
    );
  });

  it('reports links to folders without entering them, links inside the project and dangling links', () => {
    const root = project();
    symlinkSync('/etc', join(root, 'public/etc'));
    symlinkSync('../../public/uploads/logo.png', join(root, 'src/content/articles/logo.mdx'));
    symlinkSync('nowhere.mdx', join(root, 'src/content/articles/dangling.mdx'));
    expect(files(root)).toEqual(['public/etc', 'src/content/articles/dangling.mdx', 'src/content/articles/logo.mdx']);
  });

  it('reports a published folder that is itself a link', () => {
    const root = project();
    rmSync(join(root, 'public'), { recursive: true });
    symlinkSync('/etc', join(root, 'public'));
    expect(files(root)).toEqual(['public']);
  });

  it('names named pipes and sockets as what they are', async () => {
    const root = project();
    expect(spawnSync('mkfifo', [join(root, 'public/pipe')]).status).toBe(0);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(root, 'src/content/socket'), resolve));
    try {
      const found = checkRegularFiles(root);
      expect(found.map((f) => [f.file, f.problems[0]?.zh])).toEqual([
        ['public/pipe', 'public/pipe 是一个命名管道（FIFO），不是普通文件。网站只发布普通文件：请删除它。'],
        [
          'src/content/socket',
          'src/content/socket 是一个套接字（socket），不是普通文件。网站只发布普通文件：请删除它。',
        ],
      ]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('is part of npm run check:content', () => {
    const root = project();
    symlinkSync('/etc/passwd', join(root, 'public/uploads/x.png'));
    expect(checkContent(root).map((f) => f.file)).toContain('public/uploads/x.png');
  });
});
