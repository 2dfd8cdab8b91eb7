import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { BODY_COMPONENTS } from '../src/body/components.ts';
import { EDITOR_COMPONENTS, callout, figure, quote } from './editor-components.ts';

const mdxComponents = [...BODY_COMPONENTS.keys()];

describe('editor components', () => {
  it('exist for every MDX component editors may use', () => {
    expect(EDITOR_COMPONENTS.map((c) => c.id).sort()).toEqual(mdxComponents.sort());
  });

  it.each([
    [callout, { type: 'tip', title: '学习提示', body: '第一段 **加粗**。\n\n- 列表一\n- 列表二' }],
    [callout, { type: 'info', title: '', body: '只有一段。' }],
    [figure, { src: '/uploads/a.jpg', alt: '会场', caption: '图：会场' }],
    [figure, { src: '/uploads/a.jpg', alt: '会场', caption: '' }],
    [quote, { lang: 'zh-Hant', cite: '校长致辞', body: '我們兩校有許多共通之處。' }],
    [quote, { lang: '', cite: '', body: '不忘初心，牢记使命。' }],
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

  it('reads the Traditional quotation of the starter content back unchanged', () => {
    const body = readFileSync('src/content/articles/2025-macau-vocational-exchange.mdx', 'utf8');
    const start = body.indexOf('<Quote');
    const match = quote.pattern.exec(body.slice(start));
    expect(match?.index).toBe(0);
    expect(quote.fromBlock(match!)).toMatchObject({ lang: 'zh-Hant', cite: expect.stringContaining('德馨') });
    expect(quote.toBlock(quote.fromBlock(match!))).toBe(match![0]);
  });

  it('keeps attribute values inside their quotes', () => {
    expect(figure.toBlock({ src: '/uploads/a.jpg', alt: '他说"好"', caption: '' })).toBe(
      '<Figure src="/uploads/a.jpg" alt="他说”好”" />',
    );
  });

  it('previews a component with the markup the site renders, its text escaped', () => {
    const preview = callout.toPreview({
      type: 'warning',
      title: '</aside><script>alert(1)</script>',
      body: '<b>正文</b>',
    });
    expect(preview).toContain('border-amber-600 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/40');
    expect(preview).toContain('&#x3C;/aside>&#x3C;script>alert(1)&#x3C;/script>');
    // Inside a quoted attribute (aria-label) `<` is text: parsed, the preview has no script element.
    expect(parseHTML(`<body>${preview}</body>`).document.querySelectorAll('script')).toHaveLength(0);
    expect(preview).toContain('<p>&#x3C;b>正文&#x3C;/b></p>');
    expect(figure.toPreview({ src: '/uploads/a.jpg', alt: '" onerror="alert(1)', caption: '' })).toBe(
      '<figure class="my-8"><img src="/uploads/a.jpg" alt="&#x22; onerror=&#x22;alert(1)" loading="lazy" decoding="async" class="mx-auto h-auto max-w-full rounded-lg"></figure>',
    );
  });

  it('previews the Markdown inside a Callout as the site renders it, HTML in it as text', () => {
    const preview = callout.toPreview({
      type: 'tip',
      title: '',
      body: '请**按时**参加。\n\n- 第一条\n- [通知](/articles/x/)',
    });
    expect(preview).toContain('<p>请<strong>按时</strong>参加。</p>');
    expect(preview).toMatch(/<ul>\s*<li>第一条<\/li>\s*<li><a href="\/articles\/x\/">通知<\/a><\/li>\s*<\/ul>/);
    expect(preview).not.toContain('**');
  });

  it('previews a Figure from the CMS copy of an upload when there is one', () => {
    const asset = (path: string) => ({ toString: () => (path === 'public/uploads/new.png' ? 'blob:http://x/1' : '') });
    expect(figure.toPreview({ src: '/uploads/new.png', alt: 'a' }, asset)).toContain('src="blob:http://x/1"');
    expect(figure.toPreview({ src: '/uploads/old.png', alt: 'a' }, asset)).toContain('src="/uploads/old.png"');
  });
});
