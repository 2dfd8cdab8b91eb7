import {
  junkKind,
  garbledSpots,
  normalizePunctuation,
  realignGbk,
  stripPinyinAnnotations,
  toSimplified,
  type JunkKind,
} from './clean.ts';
import { readFactLine, type SourceFacts } from './facts.ts';
import { escapeText } from './markdown.ts';

/** What the importer tells the editor about one file. */
export interface ImportReport {
  /** Facts taken from the source (title, date, author…). */
  taken: string[];
  /** What was removed or rewritten. */
  cleaned: string[];
  /** What an editor should check before publishing. */
  review: string[];
}

export const emptyReport = (): ImportReport => ({ taken: [], cleaned: [], review: [] });

export interface CleanOptions {
  /** Convert Traditional Chinese to Simplified (for a zh-CN site). */
  simplify: boolean;
}

/** A source reduced to Markdown blocks, before cleaning. */
export interface RawDocument {
  blocks: string[];
  facts: SourceFacts;
  /** Blocks are plain text lines (a .txt file) rather than Markdown. */
  plainText: boolean;
}

/** A cleaned document: the facts for the frontmatter and an MDX-safe Markdown body. */
export interface CleanDocument {
  facts: SourceFacts;
  summary?: string;
  body: string;
}

const JUNK_LABELS: Record<JunkKind, string> = {
  spam: '垃圾广告行',
  'link farm': '地名链接堆砌行',
  'stray mark': '孤立问号行',
  navigation: '导航行',
  'share widget': '分享按钮行',
  footer: '页脚版权行',
};

/** Splits Markdown into blocks at blank lines, keeping fenced code blocks whole. */
export function splitBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) fence = fence ? undefined : marker;
    if (!fence && !marker && line.trim() === '') {
      if (current.length) blocks.push(current.join('\n'));
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current.join('\n'));
  return blocks;
}

const isCode = (block: string) => /^\s*(`{3,}|~{3,})/.test(block) || /^ {4}/.test(block);

/** The text a reader sees in a Markdown line: no link targets, emphasis or escapes. */
export const plainOf = (markdown: string): string =>
  markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:#{1,6}\s+|[-*+]\s+|\d+\.\s+|>\s*)/, '')
    .replace(/\*\*|__|\*|_(?=\S)|`/g, '')
    .replace(/\\(.)/g, '$1')
    .trim();

const count = (tally: Map<string, number>, key: string, n = 1) => tally.set(key, (tally.get(key) ?? 0) + n);

/** Drops junk blocks and junk lines inside blocks; tallies what went. */
function dropJunk(blocks: readonly string[], tally: Map<string, number>): string[] {
  const kept: string[] = [];
  for (const block of blocks) {
    if (isCode(block)) {
      kept.push(block);
      continue;
    }
    const whole = junkKind(toSimplified(plainOf(block.replace(/\n/g, ' '))));
    if (whole) {
      count(tally, JUNK_LABELS[whole], block.split('\n').length);
      continue;
    }
    const lines = block.split('\n').filter((line) => {
      const kind = junkKind(toSimplified(plainOf(line)));
      if (kind) count(tally, JUNK_LABELS[kind]);
      return !kind;
    });
    if (lines.some((line) => plainOf(line))) kept.push(lines.join('\n'));
  }
  return kept;
}

/** Cleans the text of one line: Simplified characters, no pinyin annotations, Chinese punctuation. */
function cleanLine(line: string, options: CleanOptions, tally: Map<string, number>): string {
  const realigned = realignGbk(line);
  if (realigned.count) count(tally, '修复 GBK 字节错位的乱码', realigned.count);
  let text = realigned.text;
  if (options.simplify) {
    const simplified = toSimplified(text);
    if (simplified !== text) count(tally, '繁体字转为简体（行）');
    text = simplified;
  }
  const pinyin = stripPinyinAnnotations(text);
  if (pinyin.count) count(tally, '删除插入的拼音注音', pinyin.count);
  if (/^\s*\|/.test(pinyin.text)) return pinyin.text.trim(); // table rows keep their cell padding
  const indent = /^ +(?=[-*+] |\d+\. )/.exec(pinyin.text)?.[0] ?? ''; // nested list items
  return indent + normalizePunctuation(pinyin.text);
}

const HEADING_2 = /^[一二三四五六七八九十]{1,3}、\S/;
const HEADING_3 = /^（[一二三四五六七八九十]{1,3}）\S/;
const CLOSING = /^(结束语|结语|结论|总结|参考文献)(?:[：:]\s*(.*))?$/;

/** Outline lines of Chinese documents (一、 and （一）) become ## and ### headings; 结束语： gets one. */
function markHeadings(block: string, escape: (text: string) => string, textOf: (block: string) => string): string[] {
  if (block.includes('\n') || /^\s*[#|>`-]/.test(block)) return [escape(block)];
  const bold = /^\*\*(.+)\*\*$/.exec(block);
  const plain = textOf(bold ? bold[1]! : block);
  const short = plain.length <= 50 && !/[。；！？]$/.test(plain);
  if (short && HEADING_2.test(plain)) return [`## ${escape(plain)}`];
  if (short && HEADING_3.test(plain)) return [`### ${escape(plain)}`];
  const closing = CLOSING.exec(plain);
  if (closing) return closing[2] ? [`## ${closing[1]}`, escape(closing[2])] : [`## ${closing[1]}`];
  return [escape(block)];
}

/** One- or two-sentence summary from the first real paragraph, within the model's 10–200 characters. */
function summarize(blocks: readonly string[]): string | undefined {
  const first = blocks.find((b) => !/^\s*[#|>`!-]/.test(b) && !/^[（(]/.test(plainOf(b)) && plainOf(b).length >= 20);
  if (!first) return undefined;
  const text = plainOf(first.replace(/\n/g, ''));
  const sentences = text.match(/[^。！？]+[。！？]?/g) ?? [text];
  let summary = '';
  for (const sentence of sentences) {
    if ((summary + sentence).length > 120) break;
    summary += sentence;
  }
  if (summary.length >= 10) return summary;
  const cut = text.slice(0, 118);
  const comma = cut.lastIndexOf('，');
  return `${comma >= 20 ? cut.slice(0, comma) : cut}……`;
}

/**
 * Cleans a document: drops junk lines, simplifies and de-annotates the text, takes the title and
 * the head lines that state date, author and publication, marks outline headings, and reports
 * what it did and what an editor should look at.
 */
export function cleanDocument(raw: RawDocument, options: CleanOptions, report: ImportReport): CleanDocument {
  const tally = new Map<string, number>();
  const identity = (text: string) => text;
  // Text files hold plain text (escaped at the end); other sources are Markdown already.
  const escape = raw.plainText ? escapeText : identity;
  const textOf = raw.plainText ? (block: string) => block.trim() : plainOf;
  let blocks = dropJunk(raw.blocks, tally).map((block) =>
    isCode(block)
      ? block
      : block
          .split('\n')
          .map((line) => cleanLine(line, options, tally))
          .join('\n'),
  );

  const facts: SourceFacts = { ...raw.facts };
  if (options.simplify) {
    for (const key of ['title', 'author', 'source'] as const) if (facts[key]) facts[key] = toSimplified(facts[key]);
  }
  if (facts.title) facts.title = normalizePunctuation(stripPinyinAnnotations(facts.title).text);
  if (!facts.title && blocks[0]) facts.title = textOf(blocks.shift()!);
  // A page title is often "Headline - Site name"; the article's own first heading is the headline.
  const heading = blocks[0] && /^#{1,6} /.test(blocks[0]) ? plainOf(blocks[0]) : undefined;
  if (heading && facts.title?.startsWith(heading)) {
    if (heading !== facts.title) report.cleaned.push(`标题去掉网站名：“${facts.title}” → “${heading}”`);
    facts.title = heading;
    blocks.shift();
  }
  // The head: lines that repeat the title or state date, author, publication (up to a few lines).
  for (let i = 0; i < 6 && blocks.length; i++) {
    const plain = textOf(blocks[0]!);
    const stated = readFactLine(plain);
    if (plain === facts.title || (facts.author && plain === facts.author)) {
      blocks.shift();
    } else if (stated) {
      for (const [key, value] of Object.entries(stated) as [keyof SourceFacts, string][]) {
        if (!facts[key]) facts[key] = value;
      }
      report.cleaned.push(`从正文开头取出信息行：“${plain}”`);
      blocks.shift();
    } else break;
  }
  if (facts.author && blocks[0] && textOf(blocks[0]) === facts.author) blocks.shift();

  if (!raw.plainText && blocks.some((b) => /^# /.test(b))) {
    blocks = blocks.map((b) => (/^#{1,5} /.test(b) ? `#${b}` : b));
    report.cleaned.push('标题层级整体下调一级（正文从二级标题开始）');
  }
  blocks = blocks.flatMap((block) => (isCode(block) ? [block] : markHeadings(block, escape, textOf)));

  for (const spot of blocks.flatMap((block) => garbledSpots(plainOf(block)))) {
    report.review.push(`疑似乱码（编码损坏），请对照原文修改：“${spot}”`);
  }
  for (const [what, n] of tally) report.cleaned.push(`${what}：${n}`);
  const summary = summarize(blocks);
  return { facts, ...(summary ? { summary } : {}), body: `${blocks.join('\n\n')}\n` };
}
