import { describe, expect, it } from 'vitest';
import { findInlineCode } from './inline-code.ts';

const page = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('findInlineCode', () => {
  it('accepts external scripts, linked styles and JSON data blocks', () => {
    const html = page(
      '<script src="/_astro/a.js"></script><script type="module" src="/_astro/b.js"></script><link rel="stylesheet" href="/_astro/c.css">',
      '<script type="application/json" id="cfg">{"a":1}</script><a href="/x/">x</a>',
    );
    expect(findInlineCode(html)).toEqual([]);
  });

  it.each([
    ['an inline classic script', page('<script>document.title = 1</script>'), 'inline <script>'],
    ['an inline module script', page('<script type="module">import "/x.js"</script>'), 'inline <script>'],
    ['an import map', page('<script type="importmap">{}</script>'), 'inline <script>'],
    ['a style element', page('<style>body{color:red}</style>'), 'inline <style>'],
    ['a style attribute', page('', '<div style="color:red">x</div>'), 'style attribute on <div>'],
    ['a style attribute in SVG', page('', '<svg><rect style="fill:red"/></svg>'), 'style attribute on <rect>'],
    ['an event handler', page('', '<img src="/a.png" alt="" onerror="alert(1)">'), 'event handler onerror on <img>'],
    ['a javascript: link', page('', '<a href=" JavaScript:alert(1)">x</a>'), 'javascript: URL in href on <a>'],
  ])('reports %s', (_, html, expected) => {
    const findings = findInlineCode(html);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toContain(expected);
  });
});
