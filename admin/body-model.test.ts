import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Fragment, Slice } from 'prosemirror-model';
import { bodySchema, parseBody, serializeBody, type VisualBody } from './body-model.ts';
import { mdxFormat } from './format.ts';

const CONTENT = join(import.meta.dirname, '../src/content');
const starterBodies = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => [file, String(mdxFormat().fromFile(readFileSync(join(CONTENT, file), 'utf8')).body)] as const);

const opened = (text: string): VisualBody => {
  const result = parseBody(text);
  if (!result.ok) throw new Error(result.reason);
  return result.body;
};

/** A generated body with every element the visual model holds. */
const EVERY_ELEMENT = [
  '## 二级标题',
  '### 三级标题 *强调*',
  '#### 四级标题',
  '一段文字，含 **粗体**、*斜体*、~~删除线~~、`代码`、[链接](https://www.gov.cn/ "标题") 和 [站内链接](/articles/)。\n第二行（软换行）。',
  '繁體中文的段落：學習貫徹黨的二十大精神。',
  '转义的文字：\\{学习\\} 与 \\<3 和 1\\*2。',
  '- 第一项\n- 第二项\n  - 嵌套一\n  - 嵌套二\n    1. 更深\n- 第三项',
  '* 星号列表\n* 第二项',
  '1. 有序一\n\n2. 有序二\n\n   第二段落\n\n3. 有序三',
  '3. 从三开始\n4. 四',
  '> 引用一段。\n>\n> - 引用中的列表',
  '| 左 | 中 | 右 | 无 |\n| :--- | :---: | ---: | --- |\n| 1 | **二** | 3 | 四 |\n| a \\| b |  | c | d |',
  '```js\nconst a = 1;\n```',
  '~~~\n波浪线代码块\n~~~',
  '---',
  '***',
  '![图片描述](/uploads/a.png)',
  '一行\\\n硬换行',
  '<Callout type="warning" title="注意">\n\n提醒的内容。\n\n</Callout>',
  '<Callout>\n\n默认类型。\n\n</Callout>',
  '<Figure src="/uploads/hui-yi.jpg" alt="会议现场" caption="图注" />',
  '<Quote lang="zh-Hant" cite="出處">\n\n引文。\n\n</Quote>',
];
const GENERATED = [
  EVERY_ELEMENT.join('\n\n') + '\n',
  EVERY_ELEMENT.join('\n\n\n') + '\n\n',
  `\n${EVERY_ELEMENT.slice(0, 6).join('\n\n')}`,
  '',
  '一段。\n',
];

describe('round trip without edits', () => {
  it.each(starterBodies)('changes no byte of %s', (_file, body) => {
    const result = parseBody(body);
    // Bodies the model cannot hold stay in source mode, where nothing is rewritten.
    if (!result.ok) return;
    expect(serializeBody(result.body, result.body.doc)).toBe(body);
  });

  it('opens most starter bodies visually', () => {
    const refused = starterBodies.filter(([, body]) => !parseBody(body).ok);
    expect(refused).toEqual([]);
  });

  it.each(GENERATED.map((g, i) => [i, g] as const))('changes no byte of generated body %i', (_i, body) => {
    const visual = opened(body);
    expect(serializeBody(visual, visual.doc)).toBe(body);
  });

  it('holds every element of the generated set in the visual model', () => {
    const visual = opened(GENERATED[0]!);
    const types = new Set<string>();
    visual.doc.descendants((node) => {
      types.add(node.type.name);
      node.marks.forEach((m) => types.add(m.type.name));
    });
    for (const name of ['heading', 'strong', 'em', 'strike', 'code', 'link', 'bullet_list', 'ordered_list']) {
      expect(types).toContain(name);
    }
    for (const name of [
      'blockquote',
      'table',
      'table_header',
      'code_block',
      'horizontal_rule',
      'image',
      'hard_break',
    ]) {
      expect(types).toContain(name);
    }
    expect(visual.blocks.filter((b) => b.node.type.name === 'component')).toHaveLength(4);
  });
});

describe('serializing blocks that changed', () => {
  it('re-serializes each generated block as it was written', () => {
    // A block the serializer writes differently would change on its first edit.
    const rewritten: Record<string, string> = { '***': '---', '~~~\n波浪线代码块\n~~~': '```\n波浪线代码块\n```' };
    for (const block of EVERY_ELEMENT) {
      const visual = opened(block);
      const fresh = bodySchema.nodeFromJSON(visual.doc.toJSON());
      expect(fresh.child(0)).not.toBe(visual.doc.child(0));
      expect(serializeBody(visual, fresh), block).toBe(rewritten[block] ?? block);
    }
  });

  it('a one-word edit changes only that line', () => {
    const body = GENERATED[0]!;
    const visual = opened(body);
    let pos = -1;
    visual.doc.descendants((node, p) => {
      if (pos < 0 && node.isText && node.text!.includes('的段落')) pos = p + node.text!.indexOf('段落');
    });
    const edited = visual.doc.replace(pos, pos + 2, new Slice(Fragment.from(bodySchema.text('文章')), 0, 0));
    const before = body.split('\n');
    const after = serializeBody(visual, edited).split('\n');
    expect(after).toHaveLength(before.length);
    const changed = after.flatMap((line, i) => (line === before[i] ? [] : [[before[i], line]]));
    expect(changed).toEqual([['繁體中文的段落：學習貫徹黨的二十大精神。', '繁體中文的文章：學習貫徹黨的二十大精神。']]);
  });

  it('escapes what MDX would read as code when typed visually', () => {
    const visual = opened('');
    const doc = bodySchema.node('doc', null, [bodySchema.node('paragraph', null, [bodySchema.text('{学习} <3 a>b')])]);
    expect(serializeBody(visual, doc)).toBe('\\{学习\\} \\<3 a\\>b\n');
  });
});

describe('bodies kept in source mode', () => {
  it.each([
    ['HTML', '<div>一段</div>\n', /<div>/],
    ['an inline element', '文字 <mark>标记</mark>。\n', /<mark>/],
    ['an expression', '今年是 {2026} 年。\n', /MDX 表达式/],
    ['a footnote', '正文[^1]。\n\n[^1]: 注释。\n', /脚注/],
    ['a reference link', '见[文件][1]。\n\n[1]: /a/\n', /引用式链接/],
    ['a component written differently', '<Callout type="info" icon="x">\n\n内容。\n\n</Callout>\n', /Callout/],
  ])('with %s', (_what, body, reason) => {
    const result = parseBody(body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe('what the visual editor writes', () => {
  it('is MDX the build accepts, showing text such as {学习} and <3 as typed', async () => {
    const { mdxProblems } = await import('../src/import/markdown.ts');
    const visual = opened('');
    const text = '我们{学习}了 <3 小时，a > b，`{代码}`';
    const doc = bodySchema.node('doc', null, [bodySchema.node('paragraph', null, [bodySchema.text(text)])]);
    const saved = serializeBody(visual, doc);
    expect(mdxProblems(saved)).toEqual([]);
    const reopened = opened(saved);
    expect(reopened.doc.textContent).toBe(text);
  });
});
