/** Chinese readers read about 400 characters a minute; Latin words are counted at 200 a minute. */
const CJK_PER_MINUTE = 400;
const WORDS_PER_MINUTE = 200;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/gu;
const WORD = /[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g;

/** Strips what is not read from Markdown or HTML: tags, link targets, heading marks, tables. */
function readableText(markdown: string): string {
  return markdown
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#>*_`|~-]/g, ' ');
}

/** Counts what a reader reads: CJK characters and Latin words. */
export function countReadable(markdown: string): { cjk: number; words: number } {
  const text = readableText(markdown);
  return { cjk: text.match(CJK)?.length ?? 0, words: text.replace(CJK, ' ').match(WORD)?.length ?? 0 };
}

/** Estimated reading time in whole minutes (at least 1). */
export function readingMinutes(markdown: string): number {
  const { cjk, words } = countReadable(markdown);
  return Math.max(1, Math.ceil(cjk / CJK_PER_MINUTE + words / WORDS_PER_MINUTE));
}
