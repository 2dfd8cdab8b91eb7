import { describe, expect, it } from 'vitest';
import { renderBody } from './render.ts';

const render = (source: string, base = '/') => renderBody(source, { base });

/** The problems of a body that must be rejected: `line:column zh | en` each. */
function problems(source: string): string[] {
  const result = render(source);
  if (result.ok) throw new Error(`accepted: ${result.html}`);
  return result.problems.map((p) => `${p.line}:${p.column} ${p.zh} | ${p.en}`);
}

/** The HTML of a body that must be accepted. */
function html(source: string, base = '/'): string {
  const result = render(source, base);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.line}:${p.column} ${p.en}`).join('\n'));
  return result.html;
}

describe('body rules reject code with its line, in Chinese and English', () => {
  it.each([
    ['import', '正文。\n\nimport X from "./x.js"', '3:1', '不能使用 import/export', 'import/export is not allowed'],
    ['export', '# 标题\n\nexport const a = 1', '3:1', '不能使用 import/export', 'import/export is not allowed'],
    ['a flow expression', '第一段。\n\n{alert(1)}', '3:1', '不能使用花括号表达式', 'JavaScript expressions {…}'],
    ['a text expression', '第一段。\n\n文字 {1 + 1} 文字', '3:4', '不能使用花括号表达式', 'JavaScript expressions'],
    ['an expression in a heading', '## 标题 {x}', '1:7', '花括号表达式', 'expressions'],
    [
      'an attribute expression',
      '<Callout title={t}>\n\n文字\n\n</Callout>',
      '1:1',
      'title 必须写成引号中的文字',
      'must be a quoted string',
    ],
    [
      'a number as an expression',
      'x\n\n<img src="/favicon.svg" alt="a" width={3} />',
      '3:1',
      'width 必须写成引号中的文字',
      'numbers too',
    ],
    ['a spread', '<Quote {...props} />', '1:1', '不能使用 {…} 展开属性', 'spread attributes'],
    ['an unregistered component', '文字\n\n<Chart data="x" />', '3:1', '不能使用 <Chart>', '<Chart> is not allowed'],
    [
      'an unregistered HTML element',
      '<form action="/x/">表单</form>',
      '1:1',
      '不能使用 <form>',
      '<form> is not allowed',
    ],
    ['svg', '<svg><circle /></svg>', '1:1', '不能使用 <svg>', 'not allowed'],
    ['style element', '<style>{"body{}"}</style>', '1:1', '不能使用 <style>', 'not allowed'],
    ['script', '第一段。\n\n<script>alert(1)</script>', '3:1', '不能使用 <script>', '<script> is not allowed'],
    [
      'an iframe',
      '<iframe src="https://evil.example/x"></iframe>',
      '1:1',
      '不能嵌入“https://evil.example/x”',
      'Cannot embed',
    ],
    [
      'an iframe srcdoc',
      '<iframe srcdoc="<script>alert(1)</script>" />',
      '1:1',
      '<iframe> 不能使用属性 srcdoc',
      'cannot have the attribute srcdoc',
    ],
    [
      'an on* handler',
      '文字\n\n<span onClick="alert(1)">x</span>',
      '3:1',
      '不能使用事件属性 onClick',
      'event handler onClick',
    ],
    [
      'an onerror handler',
      '<img src="/favicon.svg" alt="" onerror="alert(1)" />',
      '1:1',
      '事件属性 onerror',
      'event handler',
    ],
    [
      'a style attribute',
      '<span style="color:red">x</span>',
      '1:1',
      '不能使用 style 属性',
      'cannot have a style attribute',
    ],
    [
      'an unknown attribute',
      '<div class="x">x</div>',
      '1:1',
      '<div> 不能使用属性 class',
      'cannot have the attribute class',
    ],
    [
      'a javascript: link',
      '文字 [点我](javascript:alert(1)) 文字',
      '1:4',
      '不能使用以“javascript:”开头的网址',
      'URLs starting with "javascript:"',
    ],
    [
      'a javascript: link with a tab',
      '<a href="jav&#x09;ascript:alert(1)">x</a>',
      '1:1',
      '“javascript:”',
      'javascript:',
    ],
    ['an upper-case JAVASCRIPT: link', '[x](JAVASCRIPT:alert(1))', '1:1', '“javascript:”', 'javascript:'],
    ['a vbscript: link', '\n\n[x](vbscript:msgbox(1))', '3:1', '“vbscript:”', 'vbscript:'],
    ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)', '1:1', '“data:”', 'data:'],
    ['a reference-style javascript: link', '[x][a]\n\n[a]: javascript:alert(1)', '1:1', '“javascript:”', 'javascript:'],
    ['a data: image', '![x](data:image/svg+xml;base64,PHN2Zz4=)', '1:1', '“data:”', 'data:'],
    ['an image from another site', '![图](https://example.com/a.jpg)', '1:1', '只能来自本站媒体库', 'media library'],
    [
      'a Figure from another site',
      '<Figure src="http://example.com/a.jpg" alt="a" />',
      '1:1',
      '只能来自本站媒体库',
      'media library',
    ],
    ['a relative image', '![图](uploads/a.jpg)', '1:1', '应以 / 开头', 'must start with /'],
    ['a Figure without alt', '<Figure src="/favicon.svg" />', '1:1', '缺少必填属性 alt', 'needs the attribute alt'],
    [
      'an unknown Callout type',
      '<Callout type="danger">\n\n文字\n\n</Callout>',
      '1:1',
      'type="danger" 不是可选值',
      'use one of: info, tip',
    ],
    [
      'an unknown component prop',
      '<Quote author="x">\n\n文字\n\n</Quote>',
      '1:1',
      '<Quote> 没有属性 author',
      'has no attribute author',
    ],
    [
      'content inside Figure',
      '<Figure src="/favicon.svg" alt="a">\n\n文字\n\n</Figure>',
      '1:1',
      '<Figure> 不能包含内容',
      'takes no content',
    ],
    ['an HTML comment', '文字\n\n<!-- 注释 -->', '3:1', 'MDX 语法错误', 'HTML comment'],
    ['an unclosed tag', '文字\n\n<Callout>\n\n内容', '3:1', 'MDX 语法错误', 'MDX syntax error'],
  ])('rejects %s', (_, source, at, zh, en) => {
    const found = problems(source).filter((p) => p.startsWith(`${at} `) && p.includes(zh) && p.includes(en));
    expect(found).toHaveLength(1);
  });

  it('reports every problem of a body, in order', () => {
    const found = problems('import a from "a"\n\n文字 {x}\n\n<script>1</script>');
    expect(found.map((p) => p.split(' ')[0])).toEqual(['1:1', '3:4', '5:1']);
  });

  it('finds a handler inside a registered component', () => {
    expect(problems('<Callout>\n\n<b onmouseover="x">粗</b>\n\n</Callout>')[0]).toMatch(/^3:1 .*onmouseover/);
  });
});

describe('bodies render to HTML', () => {
  it('renders Markdown with heading ids as Astro makes them, and lists the headings', () => {
    const result = render('## 一、学习目标\n\n正文 **加粗**。\n\n### Part 2\n\n## 一、学习目标');
    expect(result.ok && result.headings).toEqual([
      { depth: 2, slug: '一学习目标', text: '一、学习目标' },
      { depth: 3, slug: 'part-2', text: 'Part 2' },
      { depth: 2, slug: '一学习目标-1', text: '一、学习目标' },
    ]);
    expect(html('## 一、学习目标')).toBe('<h2 id="一学习目标">一、学习目标</h2>');
  });

  it('renders the registered components with the site markup', () => {
    expect(html('<Callout type="tip" title="学习提示">\n\n内容\n\n</Callout>')).toContain(
      '<aside class="not-prose my-6 rounded-lg border-l-4 px-5 py-4 text-[15px] leading-relaxed border-emerald-600 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950/40" aria-label="学习提示"><p class="mb-1 font-semibold text-ink">学习提示</p>',
    );
    expect(html('<Figure src="/favicon.svg" alt="图" caption="图注" />', '/dangjian/')).toBe(
      '<figure class="my-8"><img src="/dangjian/favicon.svg" alt="图" loading="lazy" decoding="async" class="mx-auto h-auto max-w-full rounded-lg"><figcaption class="mt-2 text-center text-sm text-muted">图注</figcaption></figure>',
    );
    expect(html('<Quote lang="zh-Hant" cite="校长">\n\n繁體\n\n</Quote>')).toContain(
      '<blockquote lang="zh-Hant" class="text-[17px] leading-relaxed text-ink [&amp;_p+p]:mt-2"><p>繁體</p></blockquote><figcaption class="mt-2 text-sm text-muted">—— 校长</figcaption>',
    );
  });

  it('keeps allowed HTML, with literal attributes, and drops MDX comments', () => {
    expect(html('<details open><summary>摘要</summary>内容</details>')).toBe(
      '<details open><summary>摘要</summary>内容</details>',
    );
    expect(html('<table><tbody><tr><td colspan="2">格</td></tr></tbody></table>')).toContain('<td colspan="2">格</td>');
    expect(html('文字{/* 编辑备注 */}。')).toBe('<p>文字。</p>');
  });

  it('rebases site paths to the deployment base and leaves other links alone', () => {
    expect(html('[文](/articles/x/) [外](https://www.gov.cn/) [锚](#part) [信](mailto:a@b.cn)', '/dangjian/')).toBe(
      '<p><a href="/dangjian/articles/x/">文</a> <a href="https://www.gov.cn/">外</a> <a href="#part">锚</a> <a href="mailto:a@b.cn">信</a></p>',
    );
  });

  it('escapes text that looks like HTML', () => {
    expect(html('\\<img src=x onerror=alert(1)\\> 与 \\{x\\}')).toBe('<p>&lt;img src=x onerror=alert(1)> 与 {x}</p>');
  });

  it('lists the site paths a body points at, with their lines', () => {
    const result = render('[a](/articles/x/#p)\n\n![b](/uploads/b.png)\n\n<Figure src="/uploads/c.png" alt="c" />');
    expect(result.ok && result.references).toEqual([
      { kind: 'page', url: '/articles/x/#p', line: 1, column: 1 },
      { kind: 'media', url: '/uploads/b.png', line: 3, column: 1 },
      { kind: 'media', url: '/uploads/c.png', line: 5, column: 1 },
    ]);
  });
});
