import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { rebase, rebaseLinks } from './rebase-links.ts';

describe('rebase', () => {
  it.each([
    ['/articles/x/', '/dangjian/', '/dangjian/articles/x/'],
    ['/uploads/a.jpg', '/dangjian', '/dangjian/uploads/a.jpg'],
    ['/dangjian/articles/x/', '/dangjian/', '/dangjian/articles/x/'],
    ['/articles/x/', '/', '/articles/x/'],
    ['https://example.org/a', '/dangjian/', 'https://example.org/a'],
    ['//cdn.example.org/a.js', '/dangjian/', '//cdn.example.org/a.js'],
    ['#section', '/dangjian/', '#section'],
    ['relative/page/', '/dangjian/', 'relative/page/'],
  ])('%s under %s → %s', (url, base, expected) => {
    expect(rebase(url, base)).toBe(expected);
  });
});

describe('rebaseLinks', () => {
  it('rewrites links and images of real Markdown under a sub-path', async () => {
    const md = '见[通知](/articles/notice/)和[外链](https://example.org/)。\n\n![示意图](/uploads/a.svg)';
    const { html } = await markdownToHtml(md, { hastPlugins: [rebaseLinks('/dangjian/')] });
    expect(html).toContain('href="/dangjian/articles/notice/"');
    expect(html).toContain('href="https://example.org/"');
    expect(html).toContain('src="/dangjian/uploads/a.svg"');
  });

  it('leaves everything alone at the root', async () => {
    const { html } = await markdownToHtml('[通知](/articles/notice/)', { hastPlugins: [rebaseLinks('/')] });
    expect(html).toContain('href="/articles/notice/"');
  });
});
