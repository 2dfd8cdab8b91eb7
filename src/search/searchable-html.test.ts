import { describe, expect, it } from 'vitest';
import { decodeText } from './bigrams.ts';
import { searchableHtml, separateBlocks } from './searchable-html.ts';

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

describe('separateBlocks', () => {
  it('ends labels, values, items and cells that would run into the next text', () => {
    expect(
      separateBlocks(
        '<dl><div><dt>时间</dt><dd>7月15日 <b>15:00</b></dd></div><div><dt>地点</dt><dd>礼堂</dd></div></dl>',
      ),
    ).toBe(
      '<dl><div><dt>时间：</dt><dd>7月15日 <b>15:00</b>；</dd></div><div><dt>地点：</dt><dd>礼堂；</dd></div></dl>',
    );
    expect(separateBlocks('<ul><li>讲党课</li><li>交流</li></ul><table><tr><td>一</td><th>二</th></tr></table>')).toBe(
      '<ul><li>讲党课；</li><li>交流；</li></ul><table><tr><td>一；</td><th>二；</th></tr></table>',
    );
  });

  it('ends a heading after it, so that the heading itself stays as written', () => {
    expect(separateBlocks('<h1>支委会</h1><dl><dt>时间</dt></dl><h2 id="a">附件：手册</h2><p>正文</p>')).toBe(
      '<h1>支委会</h1>。<dl><dt>时间：</dt></dl><h2 id="a">附件：手册</h2>。<p>正文</p>',
    );
  });

  it('leaves what already ends a clause and empty blocks as they are', () => {
    const html = '<ol><li>支部书记讲授专题党课；</li><li>通报进展。</li><li></li></ol><h2>为什么？</h2><dt>时间:</dt>';
    expect(separateBlocks(html)).toBe(html);
  });
});
