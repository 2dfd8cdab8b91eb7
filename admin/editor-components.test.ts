import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EDITOR_COMPONENTS, callout, figure } from './editor-components';

const mdxComponents = readdirSync('src/components/mdx')
  .filter((f) => f.endsWith('.astro'))
  .map((f) => f.replace(/\.astro$/, ''));

describe('editor components', () => {
  it('exist for every MDX component editors may use', () => {
    expect(EDITOR_COMPONENTS.map((c) => c.id).sort()).toEqual(mdxComponents.sort());
  });

  it.each([
    [callout, { type: 'tip', title: '学习提示', body: '第一段 **加粗**。\n\n- 列表一\n- 列表二' }],
    [callout, { type: 'info', title: '', body: '只有一段。' }],
    [figure, { src: '/uploads/a.jpg', alt: '会场', caption: '图：会场' }],
    [figure, { src: '/uploads/a.jpg', alt: '会场', caption: '' }],
  ])('%# writes text it reads back unchanged', (component, data) => {
    const block = component.toBlock(data);
    const match = component.pattern.exec(`${block}\n\n后面的段落。`);
    expect(match?.index).toBe(0);
    expect(component.fromBlock(match!)).toEqual(data);
    expect(component.toBlock(component.fromBlock(match!))).toBe(block);
  });

  it('reads the components as the starter content writes them', () => {
    const text = '<Callout type="tip" title="学习提示">\n\n提示框里可以写 **Markdown**。\n\n</Callout>';
    expect(callout.fromBlock(callout.pattern.exec(text)!)).toEqual({
      type: 'tip',
      title: '学习提示',
      body: '提示框里可以写 **Markdown**。',
    });
    expect(callout.toBlock(callout.fromBlock(callout.pattern.exec(text)!))).toBe(text);
  });

  it('keeps attribute values inside their quotes', () => {
    expect(figure.toBlock({ src: '/uploads/a.jpg', alt: '他说"好"', caption: '' })).toBe(
      '<Figure src="/uploads/a.jpg" alt="他说”好”" />',
    );
  });
});
