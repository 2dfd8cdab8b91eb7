import { describe, expect, it } from 'vitest';
import { previewHtml } from './body-preview.ts';

describe('the body preview', () => {
  it('renders Markdown and components as the site shows them', () => {
    const html = previewHtml('## 标题\n\n**粗体**\n\n<Callout type="tip" title="提示">\n\n内容。\n\n</Callout>\n');
    expect(html).toContain('<h2>标题</h2>');
    expect(html).toContain('<strong>粗体</strong>');
    expect(html).toMatch(/<aside[^>]*>[\s\S]*提示[\s\S]*内容。/);
  });

  it('shows HTML, scripts and script links as text, never as markup', () => {
    const html = previewHtml(
      '<img src=x onerror="alert(1)">\n\n[点我](javascript:alert(1))\n\n<script>alert(2)</script>\n',
    );
    expect(html).not.toMatch(/<img|<script|href="javascript/i);
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });

  it('shows a draft upload from the CMS copy, in a Figure and in a Markdown image', () => {
    const getAsset = (path: string) =>
      path === 'public/uploads/new.png' ? { toString: () => 'blob:http://cms/123' } : undefined;
    const html = previewHtml(
      '![新图](/uploads/new.png)\n\n<Figure src="/uploads/new.png" alt="新图" />\n\n![旧图](/uploads/old.png)\n',
      getAsset,
    );
    expect(html.match(/src="blob:http:\/\/cms\/123"/g)).toHaveLength(2);
    expect(html).toContain('src="/uploads/old.png"');
  });

  it('shows files in subfolders of the media folder from the site: Decap would look for them by name alone', () => {
    const asked: string[] = [];
    const html = previewHtml('<Figure src="/uploads/covers/a.jpg" alt="封面" />\n', (path) => {
      asked.push(path);
      return { toString: () => 'blob:x' };
    });
    expect(asked).toEqual([]);
    expect(html).toContain('src="/uploads/covers/a.jpg"');
  });
});
