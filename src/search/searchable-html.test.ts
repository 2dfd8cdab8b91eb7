import { describe, expect, it } from 'vitest';
import { decodeText } from './bigrams.ts';
import { searchableHtml } from './searchable-html.ts';

describe('searchableHtml', () => {
  const html =
    '<html><body><h1>站点</h1><main data-pagefind-body><h1 data-pagefind-weight="10">網路<em>教學</em> &amp; “备份”</h1>' +
    '<p>疑是地上霜</p></main></body></html>';

  it('titles the page with its first main heading as written (Simplified), not as encoded', () => {
    expect(searchableHtml(html, 2)).toContain(
      '<main data-pagefind-body><span data-pagefind-filter="shard:2"></span>' +
        '<span data-pagefind-meta="title:网络教学 &amp; “备份”"></span>',
    );
  });

  it('encodes the text, which reads back to the Simplified page text', () => {
    const out = searchableHtml(html, 0).replace(/\s+/g, ' ');
    expect(out).toContain('<p> 疑是 是地 地上 上霜 霜 </p>');
    expect(out).toContain('网络 络教 <em> 教学 学 </em>'); // one run across the inline tag
    const body = out.slice(out.indexOf('<p>')).replace(/<[^>]*>/g, '');
    expect(decodeText(body)).toBe('疑是地上霜');
  });
});
