import * as OpenCC from 'opencc-js/t2cn';
import iconv from 'iconv-lite';
import { pinyin } from 'pinyin-pro';

/** Han characters (CJK unified ideographs, extension A and compatibility ideographs). */
const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
/** Han characters and full-width punctuation: what Chinese running text is made of. */
const CJK = `${HAN}\\u3000-\\u303f\\uff01-\\uff60`;

const toSimplifiedConverter = OpenCC.Converter({ from: 'tw', to: 'cn' });

/**
 * Converts Traditional Chinese to Simplified with OpenCC's Taiwan tables, whose phrases also turn the
 * particle 著 into 着 (`有著` → `有着`) while keeping 著作 and 显著.
 */
export const toSimplified = (text: string): string => toSimplifiedConverter(text);

/** Why a line was dropped. */
export type JunkKind = 'spam' | 'link farm' | 'stray mark' | 'navigation' | 'share widget' | 'footer';

/** Words of the gambling and porn keyword headers that content farms put above scraped articles. */
const SPAM_TERMS = [
  '国产',
  '日韩',
  '欧美',
  '一区二区',
  '亚洲',
  '少妇',
  '熟女',
  '波多野',
  '精品',
  '色片',
  '无码',
  '成人',
  'av',
  '毛片',
  '偷拍',
  '在线观看',
  '久久',
  '彩票',
  '博彩',
  '娱乐城',
];

const NAVIGATION =
  /^(?:首页|主页|当前位置|您的位置|你的位置|您现在的位置)(?:\s*[>＞»›/:：]|$)|^(?:上一篇|下一篇|上一条|下一条|返回顶部|返回首页|返回列表|打印本页|关闭窗口|【?打印】?|【?关闭】?)(?:[:：\s]|$)|字体[:：]?\s*【?\s*大\s*中\s*小|^(?:点击数|浏览次数|阅读次数|阅读量|访问量)[:：]/;
const SHARE =
  /^(?:分享到|分享至|一键分享)[:：]?|^分享(?:[:：]|$)|^(?:(?:微信|微博|新浪微博|QQ空间|QQ好友|QQ|朋友圈|豆瓣|复制链接|人人网)[\s|｜、,，]*){2,}$/;
const FOOTER = /版权所有|copyright|©|icp备|icp证|公网安备|技术支持[:：]|免责声明|联系我们|网站地图|关于我们/i;

/** Lines that are only list separators of place names and similar: the SEO "link farm". */
function isLinkFarm(line: string): boolean {
  if (line.startsWith('|')) return false; // a Markdown table row
  const parts = line
    .split(/[|｜]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 6) return false;
  const average = parts.reduce((sum, p) => sum + p.length, 0) / parts.length;
  return average <= 8;
}

/**
 * What kind of junk a line is, or undefined for a line to keep. `line` should be Simplified
 * (pass it through toSimplified first when the source may be Traditional).
 */
export function junkKind(line: string): JunkKind | undefined {
  const text = line.trim();
  if (!text) return undefined;
  if (/^[?？�\s]+$/u.test(text)) return 'stray mark';
  if (isLinkFarm(text)) return 'link farm';
  const lower = text.toLowerCase();
  const spamHits = SPAM_TERMS.filter((term) => lower.includes(term)).length;
  if (spamHits >= 3) return 'spam';
  if (text.length <= 60 && NAVIGATION.test(text)) return 'navigation';
  if (text.length <= 60 && SHARE.test(text)) return 'share widget';
  if (text.length <= 80 && FOOTER.test(text)) return 'footer';
  return undefined;
}

const TONE_MARKS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const SYLLABLE = `[a-zü${TONE_MARKS}]{1,7}`;
const ANNOTATION = new RegExp(`(.)[(（](${SYLLABLE})[)）]`, 'gu');
const HAS_TONE_MARK = new RegExp(`[${TONE_MARKS}]`, 'u');
const IS_HAN = new RegExp(`^[${HAN}]$`, 'u');

/** Whether `syllable` (toneless) is one of the readings of the Han character `char`. */
function isReadingOf(char: string, syllable: string): boolean {
  const readings = pinyin(toSimplified(char), { toneType: 'none', multiple: true, type: 'array', v: false });
  return readings.includes(syllable.replace('ü', 'v')) || readings.includes(syllable);
}

/**
 * Removes pinyin inserted after characters by some scraping sites: `學(xué)校` → `學校`,
 * `黨員(yuán)` → `黨員`. A syllable with a tone mark is always an annotation; a toneless one only
 * when it is a reading of the character before it. Other parentheses (`（一）`, `(2021)`,
 * `(广东科学技术职业学院，广东 珠海 519090)`) are left alone.
 */
export function stripPinyinAnnotations(text: string): { text: string; count: number } {
  let count = 0;
  const result = text.replace(ANNOTATION, (match, before: string, syllable: string) => {
    if (!/[aeiouüv]|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]|^(?:ng|m|n|hm|hng)$/.test(syllable.normalize('NFC'))) return match;
    const annotated = HAS_TONE_MARK.test(syllable) || (IS_HAN.test(before) && isReadingOf(before, syllable));
    if (!annotated) return match;
    count++;
    return before;
  });
  return { text: result, count };
}

/** Marks of text that was broken by a wrong encoding: `?` inside a word, private-use or replacement characters. */
const GARBLED = new RegExp(`[${HAN}]\\?+[^\\s?]|[\\ue000-\\uf8ff\\ufffd]`, 'gu');

/**
 * Excerpts around characters garbled by a wrong encoding upstream (`能够?qū)崿F`), which only the
 * original can fix: the importer keeps them visible and reports them.
 */
export function garbledSpots(text: string): string[] {
  const spots: string[] = [];
  let lastEnd = -1;
  for (const match of text.matchAll(GARBLED)) {
    if (match.index < lastEnd) continue;
    const start = Math.max(0, match.index - 10);
    lastEnd = match.index + 20;
    spots.push(`${start > 0 ? '…' : ''}${text.slice(start, lastEnd)}${text.length > lastEnd ? '…' : ''}`);
  }
  return spots;
}

/** The 3,755 most common characters (GB2312 level 1) once simplified, and CJK punctuation. */
function isCommonChinese(char: string): boolean {
  if (/[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]/.test(char)) return true;
  if (!IS_HAN.test(char)) return false;
  const bytes = iconv.encode(toSimplified(char), 'gb18030');
  return bytes.length === 2 && bytes[0]! >= 0xb0 && bytes[0]! <= 0xd7 && bytes[1]! >= 0xa1;
}

/** Share of common characters among the non-ASCII ones; private-use characters count against. */
function commonShare(text: string): number {
  const chars = [...text].filter((c) => c > '\u007f');
  return chars.length ? chars.filter(isCommonChinese).length / chars.length : 1;
}

/**
 * Repairs text that a GBK decoder read one or more bytes out of step after bytes were lost (the
 * lost bytes show as `?`): `更為豐富??梢岳靡曨l會議` → `更為豐富??以利用視頻會議`. The garbled run is
 * encoded back to its GBK bytes and read again from the next few byte offsets; a reading is taken
 * only when everything it changes is common Chinese while the garbled run was mostly not. The `?` stay,
 * because the characters they stand for are lost.
 */
export function realignGbk(line: string): { text: string; count: number } {
  const lostBytes = new RegExp(`[${HAN}]\\?+`, 'gu');
  let text = line;
  let count = 0;
  for (let match = lostBytes.exec(text); match; match = lostBytes.exec(text)) {
    const start = match.index + match[0].length;
    const rest = text.slice(start);
    const bytes = iconv.encode(rest, 'gb18030');
    for (let offset = 1; offset <= 6 && offset < bytes.length; offset++) {
      const candidate = iconv.decode(bytes.subarray(offset), 'gb18030');
      let same = 0;
      while (same < rest.length && same < candidate.length && rest.at(-1 - same) === candidate.at(-1 - same)) same++;
      const garbled = rest.slice(0, rest.length - same);
      const repaired = candidate.slice(0, candidate.length - same);
      if (repaired && [...repaired].every(isCommonChinese) && commonShare(garbled) < 0.75) {
        text = text.slice(0, start) + candidate;
        count++;
        break;
      }
    }
    lostBytes.lastIndex = start;
  }
  return { text, count };
}

/**
 * Normalizes punctuation and spacing in Chinese running text: half-width `,;:?!` next to Chinese
 * and a `.` ending a Chinese sentence become full-width, parentheses around Chinese become `（）`, spaces around full-width punctuation
 * and at line ends go, runs of spaces become one. Latin text, numbers and Markdown link targets
 * are not touched; a `?` inside a word (garbled text) is kept so that it stays visible.
 */
export function normalizePunctuation(line: string): string {
  const han = `[${HAN}]`;
  return line
    .replace(/[ \t\u00a0\u3000]+/g, ' ')
    .replace(new RegExp(`(${han}|[”’）》」』】])\\s*([,;!])\\s*`, 'gu'), (_, a: string, p: string) => a + FULL[p])
    .replace(new RegExp(`(${han}|[”’）》」』】])\\s*:\\s*(?!//)`, 'gu'), '$1：')
    .replace(new RegExp(`(${han}|[”’）》」』】])\\s*\\?(?=\\s|$|[”’）》」』】])`, 'gu'), '$1？')
    .replace(new RegExp(`(${han})\\.(?=$|${han}|[“”])`, 'gu'), '$1。')
    .replace(new RegExp(`(?<!\\])\\(([^()]*${han}[^()]*)\\)`, 'gu'), '（$1）')
    .replace(/\s*([，。；：？！、）》」』】”])/g, '$1')
    .replace(/([，。；：？！、（《「『【“])\s+/g, '$1')
    .trim();
}

const FULL: Record<string, string> = { ',': '，', ';': '；', '!': '！' };

/** Joins hard-wrapped lines of one paragraph: no space between Chinese characters, one between words. */
export function joinWrappedLines(lines: readonly string[]): string {
  const cjkEnd = new RegExp(`[${CJK}]$`, 'u');
  const cjkStart = new RegExp(`^[${CJK}]`, 'u');
  return lines.reduce((joined, line) => {
    if (!joined) return line;
    return cjkEnd.test(joined) || cjkStart.test(line) ? joined + line : `${joined} ${line}`;
  }, '');
}
