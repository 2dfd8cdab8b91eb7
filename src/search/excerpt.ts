/**
 * Excerpts and titles from the index, read back into the reader's text (see bigrams.ts), with
 * `<mark>` around exactly the reader's words. No imports from the DOM: the client turns the
 * segments into nodes, and unit tests read them as they are.
 */
import { decodeWords } from './bigrams.ts';

/** A piece of an excerpt: plain text, or text to mark. */
export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Pagefind writes into its excerpts (text only, never markup). */
export function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

/** Start and end offsets of every occurrence of any term in the text, left to right, not overlapping. */
export function findTerms(text: string, terms: string[]): [number, number][] {
  const ranges: [number, number][] = [];
  const lower = text.toLowerCase();
  const sorted = terms.filter(Boolean).sort((a, b) => b.length - a.length);
  for (let i = 0; i < lower.length;) {
    const term = sorted.find((t) => lower.startsWith(t, i));
    if (term) {
      ranges.push([i, i + term.length]);
      i += term.length;
    } else i++;
  }
  return ranges;
}

const HAN = /\p{Script=Han}/u;

/**
 * An excerpt as Pagefind returns it (encoded words, some in `<mark>`), as the reader's text:
 * the query's terms are marked wherever they occur in it. Where none occurs (a Latin word found
 * by its stem: lessons → lesson), Pagefind's own marks are kept on non-Han text only, since a mark
 * on a Han word would cover the pair, not the reader's character.
 */
export function readExcerpt(html: string, terms: string[]): ExcerptSegment[] {
  const words: string[] = [];
  const marked: boolean[] = [];
  for (const [, inside, outside] of html.matchAll(/<mark>([\s\S]*?)<\/mark>|<[^>]*>|([^<]+)/g)) {
    if (inside === undefined && outside === undefined) continue;
    const text = unescapeHtml((inside ?? outside!).replace(/<[^>]*>/g, ''));
    for (const word of text.split(/\s+/).filter(Boolean)) {
      words.push(word);
      marked.push(inside !== undefined);
    }
  }
  const { text, marks } = decodeWords(words.join(' '), marked);
  const chars = [...text];
  const lowerTerms = terms.map((t) => t.toLowerCase());
  let flags = chars.map(() => false);
  const ranges = findTerms(text, lowerTerms);
  if (ranges.length) {
    // findTerms counts UTF-16 units; map them onto characters.
    let unit = 0;
    const at = chars.map((c) => ((unit += c.length), unit - c.length));
    flags = at.map((u) => ranges.some(([a, b]) => u >= a && u < b));
  } else {
    flags = chars.map((c, i) => Boolean(marks[i]) && !HAN.test(c) && /\S/.test(c));
  }
  const segments: ExcerptSegment[] = [];
  chars.forEach((c, i) => {
    const last = segments.at(-1);
    if (last && last.mark === flags[i]) last.text += c;
    else segments.push({ text: c, mark: flags[i]! });
  });
  return segments;
}

/** A title or other short text from the index, as the reader's text. */
export function readTitle(encoded: string): string {
  return decodeWords(unescapeHtml(encoded)).text;
}
