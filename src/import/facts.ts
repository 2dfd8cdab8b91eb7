import { isoDate, parseShanghaiDate } from '../lib/date.ts';

/** What a source says about itself, read from its head lines or its HTML metadata. */
export interface SourceFacts {
  title?: string;
  /** YYYY-MM-DD (Beijing time). */
  date?: string;
  author?: string;
  /** The publication it first appeared in, e.g. 《魅力中国》2021年第6期. */
  source?: string;
}

const DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?/;
const LABELLED = /(作者|撰稿|文|记者|供稿|来源|出处|发布时间|发布日期|日期|时间)\s*[：:]\s*/g;
const PUBLICATION = /^《?([^\d《》\s]{2,20}?)》?\s*(\d{4})\s*年\s*第?\s*(\d{1,3})\s*期$/;
/** A personal name or a short list of them: 林昭绚, 王晓岚、李文涛, 欧阳·明. */
const NAMES = /^[\p{Script=Han}·]{2,8}(?:[、，,\s][\p{Script=Han}·]{2,8}){0,3}$/u;

/** `2021-11-30` from a date written any common way, or undefined. */
export function readDate(text: string): string | undefined {
  const exact = parseShanghaiDate(text.trim()); // ISO timestamps with an offset, as in HTML metadata
  if (exact) return isoDate(exact);
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const parsed = parseShanghaiDate(`${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`);
  return parsed ? isoDate(parsed) : undefined;
}

/** `《魅力中国》2021年第6期` from `魅力中国 2021年6期` and the like. */
export function readPublication(text: string): string | undefined {
  const m = PUBLICATION.exec(text.trim());
  return m ? `《${m[1]}》${m[2]}年第${m[3]}期` : undefined;
}

/**
 * Reads the facts a head line states, or undefined when it is not such a line (the line is then
 * body text). Handles `2021-11-30 11:16林昭绚`, `作者：X 来源：Y 发布时间：…` and publication lines.
 */
export function readFactLine(line: string): SourceFacts | undefined {
  const text = line.trim();
  const publication = readPublication(text);
  if (publication) return { source: publication };
  const labels = [...text.matchAll(LABELLED)];
  if (labels.length > 0 && labels[0]!.index === 0) {
    const facts: SourceFacts = {};
    labels.forEach((label, i) => {
      const value = text.slice(label.index + label[0].length, labels[i + 1]?.index ?? text.length).trim();
      if (!value) return;
      const kind = label[1]!;
      if (kind === '来源' || kind === '出处') facts.source = readPublication(value) ?? value;
      else if (/时间|日期/.test(kind)) facts.date = readDate(value) ?? facts.date;
      else facts.author = value;
    });
    return Object.keys(facts).length > 0 ? facts : undefined;
  }
  const date = DATE.exec(text);
  if (date && date.index === 0) {
    const facts: SourceFacts = {};
    const iso = readDate(text);
    if (iso) facts.date = iso;
    const rest = text.slice(date[0].length).trim();
    if (rest && !NAMES.test(rest)) return undefined;
    if (rest) facts.author = rest;
    return facts;
  }
  return undefined;
}
