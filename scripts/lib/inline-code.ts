// Finds what a strict Content-Security-Policy (no 'unsafe-inline') would block in a built page.
import { parseHTML } from 'linkedom';

/** Script types that are data, never executed, so CSP does not apply to them. */
const DATA_SCRIPT_TYPES = new Set(['application/json', 'application/ld+json']);

/**
 * Inline code in one HTML document: `<script>` without `src` (except JSON data blocks),
 * `<style>` elements, `style="…"` attributes, `on…="…"` event handlers and `javascript:` URLs.
 * Each finding is a short description with the offending snippet.
 */
export function findInlineCode(html: string) {
  const { document } = parseHTML(html);
  const findings: string[] = [];
  const snippet = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 80);
  for (const script of document.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    if (script.hasAttribute('src') || DATA_SCRIPT_TYPES.has(type)) continue;
    findings.push(`inline <script>: ${snippet(script.textContent ?? '')}`);
  }
  for (const style of document.querySelectorAll('style')) {
    findings.push(`inline <style>: ${snippet(style.textContent ?? '')}`);
  }
  for (const element of document.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      const tag = element.localName;
      if (name === 'style') findings.push(`style attribute on <${tag}>: ${snippet(value)}`);
      else if (/^on/i.test(name)) findings.push(`event handler ${name} on <${tag}>: ${snippet(value)}`);
      else if (/^(href|src|action|formaction|xlink:href)$/i.test(name) && /^\s*javascript:/i.test(value)) {
        findings.push(`javascript: URL in ${name} on <${tag}>`);
      }
    }
  }
  return findings;
}
