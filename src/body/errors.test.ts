import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOOKUPS_ON_DISK } from '../checks/loader.ts';
import { bodyOffset, renderEntryBody, type RenderConfig } from './entry-type.ts';
import { bodyErrors, problemsOf } from './errors.ts';

const CONFIG: RenderConfig = { base: '/', markdown: { gfm: true, smartypants: true } };

/** A fake content store holding rendered entries, as the loader sees it. */
function storeOf(entries: Record<string, { filePath: string; rendered?: ReturnType<typeof renderEntryBody> }>) {
  const map = new Map(Object.entries(entries));
  return {
    entries: () => [...map.entries()],
    delete: (id: string) => map.delete(id),
    has: (id: string) => map.has(id),
  } as unknown as Parameters<typeof bodyErrors>[0] & { has: (id: string) => boolean };
}

describe('body problems in files', () => {
  it('counts lines from the top of the file, frontmatter included', () => {
    const file = '---\ntitle: 标题\ndate: 2026-01-01\n---\n\n第一段。\n\n{alert(1)}\n';
    expect(bodyOffset(file, '第一段。\n\n{alert(1)}')).toEqual({ lines: 5, columns: 0 });
    expect(bodyOffset('---\ntitle: 正文\n---\n\n正文\n', '正文')).toEqual({ lines: 4, columns: 0 });
    const rendered = renderEntryBody('第一段。\n\n{alert(1)}', undefined, CONFIG);
    expect(rendered.metadata.problems.map((p) => p.line)).toEqual([3]);
  });

  it('stops on the problems of each file, names file and line, and drops the entry from the store', () => {
    const store = storeOf({
      good: { filePath: 'src/content/articles/good.mdx', rendered: renderEntryBody('正文。', undefined, CONFIG) },
      bad: {
        filePath: 'src/content/articles/bad.mdx',
        rendered: renderEntryBody(
          '正文。\n\n[坏链接](/articles/no-such-article/)\n\n![图](/uploads/none.png)',
          undefined,
          CONFIG,
        ),
      },
    });
    const [message, ...more] = bodyErrors(store, LOOKUPS_ON_DISK);
    expect(more).toEqual([]);
    expect(message!.split('\n')).toEqual([
      '内容错误 / Content error: src/content/articles/bad.mdx:3',
      '  • 第 3 行 · 正文 (body)：（第 1 列）链接的站内页面“/articles/no-such-article/”不存在。请检查网址，或先创建该页面。',
      '    Line 3: Column 1: The linked page /articles/no-such-article/ does not exist on this site. Check the URL or create the page first.',
      '  • 第 5 行 · 正文 (body)：（第 1 列）图片或媒体文件“/uploads/none.png”不存在，媒体库中没有这个文件。请在 CMS 中重新上传，或把文件放到 public/uploads/none.png。',
      '    Line 5: Column 1: The image or media file /uploads/none.png does not exist; upload it again or add it under public/.',
      '  请在 CMS 中或直接在该文件中修改后重新构建。 / Fix the file (or edit it in the CMS) and build again.',
    ]);
    expect(store.has('bad')).toBe(false);
    expect(store.has('good')).toBe(true);
  });

  it('treats an entry the glob loader could not render as an error', () => {
    const [message] = bodyErrors(storeOf({ x: { filePath: 'src/content/pages/x.mdx' } }), LOOKUPS_ON_DISK);
    expect(message).toContain('正文无法渲染');
  });

  it('accepts every body of the starter content, links and media included', () => {
    for (const collection of ['articles', 'materials', 'courses', 'lessons', 'activities', 'pages']) {
      const dir = join('src/content', collection);
      for (const name of readdirSync(dir)) {
        const file = readFileSync(join(dir, name), 'utf8');
        const body = file.replace(/^---\n[\s\S]*?\n---\n/, '').trim();
        const { metadata } = renderEntryBody(body, join(dir, name), CONFIG);
        expect(problemsOf(metadata, LOOKUPS_ON_DISK), join(dir, name)).toEqual([]);
      }
    }
  });
});
