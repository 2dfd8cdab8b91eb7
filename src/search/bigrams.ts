/**
 * What Pagefind is fed instead of Chinese text: every run of Han characters written as its
 * overlapping two-character words, closed by its last character on its own (中国共产党 →
 * `中国 国共 共产 产党 党`), indexed as a space-delimited language. Any substring of two or more
 * characters is then a run of consecutive words, found by construction whatever a word segmenter
 * would have said (Pagefind issue 1237 is its index and query segmenters disagreeing), and every
 * single character starts exactly one word, so a one-character query (a prefix) finds it too.
 *
 * The encoding is reversible, so excerpts and section titles are shown as the reader's text:
 * - a run ends with its last character alone, which tells where one run stops and the next begins;
 * - white space next to a Han run becomes a word of its own, WORD JOINER (U+2060), which Pagefind
 *   keeps in the page text but indexes as nothing; white space elsewhere stays as it is;
 * - every other space is the encoding's and is dropped when decoding.
 *
 * This module has no imports, so Node scripts run it as it is.
 */

const HAN = /\p{Script=Han}/u;
const PIECES = /(\p{Script=Han}+)|(\s+)|([^\s\p{Script=Han}]+)/gu;

/** Stands for white space next to Han text (U+2060 WORD JOINER: invisible, indexed as no word). */
export const SPACE_MARK = '\u2060';

const isHan = (text: string) => HAN.test(text);

/** The words of one Han run: its overlapping pairs, then its last character (a lone character is itself). */
export function hanWords(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  const words: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) words.push(chars[i]! + chars[i + 1]!);
  words.push(chars.at(-1)!);
  return words;
}

/**
 * Encodes text that Pagefind reads as one stream although it is cut into segments (the text
 * between inline tags such as `<a>` or `<strong>`, which Pagefind joins without a space): a Han
 * run that crosses segments is encoded as one run, each word in the segment where it starts.
 * Every Han word is padded with spaces; Pagefind collapses white space, as decoding does.
 */
export function encodeSegments(segments: string[]): string[] {
  const text = segments.join('');
  const chars = [...text];
  const han = chars.map(isHan);
  const space = chars.map((c) => /\s/u.test(c));
  /** Whether the white space run around position i touches Han text. */
  const spaceTouchesHan = (i: number) => {
    let a = i;
    while (a > 0 && space[a - 1]) a--;
    let b = i;
    while (b + 1 < chars.length && space[b + 1]) b++;
    return { first: a === i, touches: Boolean(han[a - 1] || han[b + 1]) };
  };
  const out: string[] = [];
  let position = 0;
  for (const segment of segments) {
    let encoded = '';
    for (let n = [...segment].length; n > 0; n--, position++) {
      const char = chars[position]!;
      if (han[position]) {
        const words: string[] = [];
        if (han[position + 1]) words.push(char + chars[position + 1]!);
        // The last character of a run closes it (a lone character is a run of one).
        if (!han[position + 1]) words.push(char);
        encoded += ` ${words.join(' ')} `;
      } else if (space[position]) {
        const { first, touches } = spaceTouchesHan(position);
        if (!touches) encoded += char;
        else if (first) encoded += ` ${SPACE_MARK} `;
      } else encoded += char;
    }
    out.push(encoded);
  }
  return out;
}

/** Text as Pagefind indexes it (see above). */
export function encodeText(text: string): string {
  return encodeSegments([text])[0]!.replace(/\s+/g, ' ').trim();
}

/** A run being read back: its characters so far. */
interface OpenRun {
  chars: string[];
}

/**
 * Reads encoded text (or any part of it, such as an excerpt cut from the middle of a run) back
 * into the original, white space collapsed. `marked[i]` flags word i (split on white space) and
 * the returned `marks` flags each character of the result that came from a flagged word.
 */
export function decodeWords(encoded: string, marked: boolean[] = []): { text: string; marks: boolean[] } {
  const words = encoded.split(/\s+/).filter(Boolean);
  let text = '';
  const marks: boolean[] = [];
  let run: OpenRun | undefined;
  let previous: 'han' | 'other' | 'space' | undefined;
  const push = (chars: string, mark: boolean) => {
    for (const char of chars) {
      text += char;
      marks.push(mark);
    }
  };
  words.forEach((raw, i) => {
    const mark = marked[i] ?? false;
    // Pagefind ends a block whose text ends in a word character with a period: 党建工作 → 作.
    const period = /^\p{Script=Han}{1,2}\.$/u.test(raw);
    const word = period ? raw.slice(0, -1) : raw;
    const chars = [...word];
    if (word === SPACE_MARK) {
      run = undefined;
      if (text && previous !== 'space') push(' ', false);
      previous = 'space';
      return;
    }
    if (isHan(word) && chars.length <= 2 && chars.every(isHan)) {
      const last = run?.chars.at(-1);
      if (run && last === chars[0]) {
        // The next pair of the run (one new character) or its closing character (none).
        if (chars.length === 2) {
          run.chars.push(chars[1]!);
          // A marked pair covers both its characters.
          if (mark) marks[marks.length - 1] = true;
          push(chars[1]!, mark);
        } else {
          run = undefined;
          // The closing word repeats the last character: a mark on it marks that character.
          if (mark) marks[marks.length - 1] = true;
        }
      } else {
        run = chars.length === 2 ? { chars } : undefined;
        push(word, mark);
      }
      previous = 'han';
      if (period) {
        run = undefined;
        push('.', false);
        previous = 'other';
      }
      return;
    }
    run = undefined;
    if (previous === 'other') push(' ', false);
    push(word, mark);
    previous = 'other';
  });
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    marks.pop();
  }
  return { text, marks };
}

/** Encoded text read back into the original (white space collapsed). */
export function decodeText(encoded: string): string {
  return decodeWords(encoded).text;
}

const MARKUP = /(<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<!--[\s\S]*?-->|<[^>]*>)|([^<]+)/gi;
/** Tags that Pagefind reads without a break in the text (its INLINE_SELECTORS, less `br`). */
const INLINE_TAG =
  /^<\/?(a|abbr|acronym|b|bdo|big|button|cite|code|dfn|em|i|img|input|kbd|label|map|object|output|q|samp|select|small|span|strong|sub|sup|textarea|time|tt|var|mark|s|u|del|ins)\b/i;

/** A page's HTML with the text between its tags encoded; a run across inline tags stays one run. */
export function encodeHtml(html: string): string {
  const parts = [...html.matchAll(MARKUP)].map(([, markup, text]) => ({ markup, text: text ?? '' }));
  let group: number[] = [];
  const flush = () => {
    const encoded = encodeSegments(group.map((i) => parts[i]!.text));
    group.forEach((i, k) => (parts[i]!.text = encoded[k]!));
    group = [];
  };
  parts.forEach((part, i) => {
    if (part.markup === undefined) group.push(i);
    else if (!INLINE_TAG.test(part.markup)) flush();
  });
  flush();
  return parts.map((part) => part.markup ?? part.text).join('');
}

/** How one query is put to the index (see queryPlan). */
export interface QueryPlan {
  /** All words of the query, for a ranked search (Pagefind finds pages with all of them). */
  ranked: string;
  /** One exact-phrase search per Han run of two or more characters: its pairs, in order. */
  phrases: string[];
  /** Whether the phrases are the whole query (no single characters, Latin words or numbers besides). */
  phrasesOnly: boolean;
  /** The reader's words, for highlighting: the query split on white space. */
  terms: string[];
}

/**
 * The searches for a query that is already normalized (Simplified, see chinese.ts): each Han run
 * becomes its pairs (a single character stays one, matching every word it begins), other text
 * stays as typed. A run of two or more characters also gets an exact-phrase search — its pairs
 * next to each other — since Pagefind's ranked search also accepts a page that holds only a word's
 * prefix (火星 → 火) or the pairs apart: only pages that hold every run verbatim are results.
 */
export function queryPlan(query: string): QueryPlan {
  const typed = query.trim().replace(/\s+/g, ' ');
  const phrases: string[] = [];
  let phrasesOnly = true;
  const ranked = [...typed.matchAll(PIECES)]
    .map(([, han, space, other]) => {
      if (space) return ' ';
      if (!han) {
        if (/[\p{L}\p{N}]/u.test(other!)) phrasesOnly = false;
        return ` ${other} `;
      }
      if ([...han].length === 1) {
        phrasesOnly = false;
        return ` ${han} `;
      }
      const words = hanWords(han).slice(0, -1);
      phrases.push(`"${words.join(' ')}"`);
      return ` ${words.join(' ')} `;
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return { ranked, phrases: [...new Set(phrases)], phrasesOnly, terms: typed ? typed.split(' ') : [] };
}
