import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { escapeText, htmlToMarkdown, mdxProblems } from './markdown.ts';

const body = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;

describe('mdxProblems', () => {
  it.each([
    ['<Callout />', 'mdxJsxFlowElement'],
    ['{1 + 1}', 'mdxFlowExpression'],
    ['text {x} more', 'mdxTextExpression'],
    ['import x from "y"', 'mdxjsEsm'],
  ])('finds code in %s', (source, type) => {
    expect(mdxProblems(source).join()).toContain(type);
  });

  it('accepts plain Markdown and escaped text', () => {
    expect(mdxProblems('## 标题\n\n正文 \\<b\\> \\{x\\} `{code}`\n\n```js\nconst a = {};\n```\n')).toEqual([]);
  });
});

describe('htmlToMarkdown', () => {
  it('escapes what MDX would run, in text only', () => {
    expect(htmlToMarkdown(body('<p>a &lt;b&gt; {c}</p><pre><code>{d} &lt;e&gt;</code></pre>'))).toBe(
      'a \\<b\\> \\{c\\}\n\n```\n{d} <e>\n```',
    );
  });

  it('makes the first row of a table without header cells its header', () => {
    const md = htmlToMarkdown(
      body('<table><tr><td>部门</td><td>人数</td></tr><tr><td>组织部</td><td>3</td></tr></table>'),
    );
    expect(md.split('\n').map((l) => l.replace(/ +/g, ' '))).toEqual([
      '| 部门 | 人数 |',
      '| --- | --- |',
      '| 组织部 | 3 |',
    ]);
  });
});

describe('escapeText', () => {
  it('escapes Markdown and MDX syntax at the start and inside a line', () => {
    expect(escapeText('# 一 <x> {y} *z*')).toBe('\\# 一 \\<x\\> \\{y\\} \\*z\\*');
  });
});
