import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { mdxProblems } from '../src/import/markdown.ts';
import { bodySchema, parseBody, serializeBody } from './body-model.ts';

// The visual editor's module needs a DOM only when it runs; the paste step takes a parser.
const { pastedSlice } = await import('./visual-editor.ts');

/** As the browser parses clipboard HTML: a fragment goes into a body. */
const parse = (html: string) =>
  parseHTML(/<html/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`)
    .document as unknown as Document;
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '__fixtures__', name), 'utf8');

/** What a paste into an empty body saves. */
function pasted(html: string): string {
  const empty = parseBody('');
  if (!empty.ok) throw new Error(empty.reason);
  const slice = pastedSlice(html, parse);
  const doc = bodySchema.node('doc', null, slice.content);
  return serializeBody(empty.body, doc);
}

describe('paste from Word', () => {
  const text = pasted(fixture('word-clipboard.html'));

  it('keeps headings, bold, links, nested lists and the table', () => {
    expect(text).toBe(
      [
        '## 一、学习内容',
        '支部全体党员认真学习了**党的二十届三中全会精神**，并结合[中国政府网](https://www.gov.cn/zhengce/)的政策解读开展讨论。',
        '1. 集中学习原文\n2. 分组交流研讨\n   - 每人发言不少于五分钟',
        '| **环节** | **时间** |\n| --- | --- |\n| 集中学习 | 9:00—11:00 |',
        '学习时注意\\{记录\\}要点。',
      ].join('\n\n') + '\n',
    );
  });

  it('drops styles, fonts, spans, Office markup and comment anchors, and is MDX the build accepts', () => {
    expect(text).not.toMatch(/mso|font|span|o:p|style|StartFragment|Wingdings|Ø/i);
    expect(mdxProblems(text)).toEqual([]);
  });
});

describe('paste from a web page', () => {
  const text = pasted(fixture('web-clipboard.html'));

  it('keeps the heading, bold, link, list and table, and drops scripts, styles, frames and pixels', () => {
    expect(text).toBe(
      [
        '### 学院召开党建工作推进会',
        '11月20日，学院党委召开**党建工作推进会**，详见[学院新闻](https://www.example.edu.cn/news/123.html?utm_source=wechat)。',
        '- 总结前期工作\n- 部署下一阶段任务',
        '| 部门 | 人数 |\n| --- | ---: |\n| 党委办公室 | 12 |',
        '（来源：党委宣传部）',
      ].join('\n\n') + '\n',
    );
    expect(mdxProblems(text)).toEqual([]);
  });
});
