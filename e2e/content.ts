/**
 * The content the tested site was built from, read from src/content the way the build reads it
 * (frontmatter YAML; dates as Beijing time), so specs state what the page must show in terms of
 * the content — an editor may replace the demo content without breaking them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildEnv, testBuilds } from '../scripts/lib/builds.ts';
import { assessBranches, type Rule } from '../src/activities/assessment.ts';
import { formatDate, parseShanghaiDate, shanghaiParts } from '../src/lib/date.ts';
import { sortByDateDesc } from '../src/lib/queries.ts';
import { FRONTMATTER } from '../src/model/frontmatter.ts';

const CONTENT = 'src/content';
type Data = Record<string, unknown>;
/** One entry of a collection: its id (file name) and frontmatter. */
export interface Entry {
  id: string;
  data: Data;
}

/** The text of a content file (`articles/x.mdx`). */
const source = (file: string): string => readFileSync(join(CONTENT, file), 'utf8');

/** The frontmatter of one entry (`articles`, `x`) or of a YAML file. */
function read(file: string): Data {
  const text = source(file);
  return (parse(file.endsWith('.mdx') ? (FRONTMATTER.exec(text)?.[1] ?? '') : text) ?? {}) as Data;
}

/** The entry files of a collection. */
const files = (collection: string): string[] =>
  readdirSync(join(CONTENT, collection))
    .filter((f) => /\.(mdx|ya?ml)$/.test(f))
    .sort();

/** Every entry of a collection, drafts included. */
const allEntries = (collection: string): Entry[] =>
  files(collection).map((f) => ({ id: f.replace(/\.\w+$/, ''), data: read(join(collection, f)) }));

/** Every entry of a collection: its id (file name) and frontmatter; drafts left out, as the site does. */
export function entries(collection: string): Entry[] {
  return allEntries(collection).filter((e) => e.data.draft !== true);
}

/** The entries of a collection marked `draft: true`: the site neither lists nor builds them. */
export const drafts = (collection: string): Entry[] => allEntries(collection).filter((e) => e.data.draft === true);

/** One entry's frontmatter. */
export const entry = (collection: string, id: string): Data => entries(collection).find((e) => e.id === id)?.data ?? {};

/** Text to match literally inside a regular expression (a title with brackets, say). */
export const escapeRegExp = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/** A settings file (`site`, `assessment`, `topics`). */
export const settings = (name: string): Data => read(`settings/${name}.yml`);

/** A frontmatter date as an instant (Beijing time, as the build reads it). */
export function dateOf(value: unknown): Date {
  const date = parseShanghaiDate(value);
  if (!date) throw new Error(`not a date: ${String(value)}`);
  return date;
}

/** A frontmatter date as the site writes it (`2021年11月30日`). */
export const readerDate = (value: unknown): string => formatDate(dateOf(value));

/** A collection's entries newest first, as the site's lists order them (same day: by id). */
export function newestFirst(collection: string): (Entry & { data: Data & { date: Date } })[] {
  return sortByDateDesc(entries(collection).map((e) => ({ id: e.id, data: { ...e.data, date: dateOf(e.data.date) } })));
}

/** The build's "as of" moment (assessment, calendar month, activity status), as the test builds set it. */
export const asOf = (): Date => dateOf(buildEnv(testBuilds()[0]!).XINHUO_AS_OF);

/** The MDX body of an entry: the text after its frontmatter. */
export function body(collection: string, id: string): string {
  const text = source(join(collection, `${id}.mdx`));
  return text.slice(FRONTMATTER.exec(text)?.[0].length ?? 0);
}

/** Markdown's inline marks and links reduced to the words a reader sees. */
const plain = (markdown: string): string =>
  markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();

/** The Markdown headings of an entry's body (`## 结束语` → depth 2, `结束语`), in order; code blocks skipped. */
export function headings(collection: string, id: string): { depth: number; text: string }[] {
  const found: { depth: number; text: string }[] = [];
  let fenced = false;
  for (const line of body(collection, id).split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) found.push({ depth: heading[1]!.length, text: plain(heading[2]!) });
  }
  return found;
}

/** The Markdown links of an entry's body to a page of the site (`[text](/articles/x/)`). */
export function siteLinks(collection: string, id: string): { text: string; path: string }[] {
  return [...body(collection, id).matchAll(/\[([^\]\n]+)\]\((\/[^)\s]*)\)/g)].map((m) => ({
    text: plain(m[1]!),
    path: m[2]!,
  }));
}

/** The text of every element of an entry's body marked with `lang` (e.g. a `<Quote lang="zh-Hant">`). */
export function inLanguage(collection: string, id: string, lang: string): string[] {
  const pattern = new RegExp(`<(\\w+)\\b[^>]*\\blang="${lang}"[^>]*>([\\s\\S]*?)</\\1>`, 'g');
  return [...body(collection, id).matchAll(pattern)].map((m) => plain(m[2]!));
}

/** Collections whose entries the search indexes, each entry a page of its own. */
const SEARCHED = ['articles', 'materials', 'activities', 'courses', 'lessons', 'pages'];

/** Every searchable entry with its whole file's text (frontmatter and body). */
export const searchable = (): (Entry & { collection: string; text: string })[] =>
  SEARCHED.flatMap((collection) =>
    entries(collection).map((e) => ({ ...e, collection, text: source(join(collection, `${e.id}.mdx`)) })),
  );

/** The searchable entries whose file mentions `words`. */
export const mentioning = (words: string): (Entry & { collection: string })[] =>
  searchable().filter((e) => e.text.includes(words));

/** The editors' domain terms (settings/topics.yml), most mentioned first: words every search can use. */
export function domainTerms(): string[] {
  const terms = (settings('topics').terms ?? []) as string[];
  const counts = new Map(terms.map((t) => [t, mentioning(t).length]));
  return [...terms].filter((t) => counts.get(t)! > 0).sort((a, b) => counts.get(b)! - counts.get(a)!);
}

/** A quiz question of a lesson, as its frontmatter gives it. */
export interface Question {
  question: string;
  options: string[];
  /** Zero-based indexes of the right options. */
  answer: number[];
  explanation?: string;
}

/** A lesson's quiz. */
export const quiz = (lesson: string): Question[] => (entry('lessons', lesson).quiz ?? []) as Question[];

/** A course's published lessons, in their order. */
export const lessonsOf = (course: string): Entry[] =>
  entries('lessons')
    .filter((l) => l.data.course === course)
    .sort((a, b) => Number(a.data.order) - Number(b.data.order));

/** The cues of a WebVTT file of the site (`/uploads/….vtt`): each cue's start in seconds. */
export function captionCues(path: string): number[] {
  const seconds = (time: string) => time.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
  return readFileSync(join('public', path), 'utf8')
    .split(/\r?\n\r?\n/)
    .flatMap((block) => {
      const timing = /^((?:\d+:)?\d+:\d+\.\d+)\s+-->/m.exec(block);
      return timing ? [seconds(timing[1]!)] : [];
    });
}

/** Every branch assessed as the build assesses them: the year of the as-of date, the settings' rules. */
export function assessment() {
  const at = asOf();
  const year = shanghaiParts(at).year;
  const { start, rules } = settings('assessment');
  const startDate = start === undefined ? undefined : dateOf(start);
  const assessments = assessBranches({
    year,
    asOf: at,
    start: startDate,
    rules: rules as Rule[],
    branches: entries('branches').map((b) => ({
      id: b.id,
      founded: b.data.founded === undefined ? undefined : dateOf(b.data.founded),
    })),
    activities: entries('activities').map((a) => ({
      id: a.id,
      branch: String(a.data.branch),
      type: String(a.data.type),
      date: dateOf(a.data.date),
      expected: Number(a.data.expected),
      attended: Number(a.data.attended),
    })),
  });
  return { year, asOf: at, start: startDate, rules: rules as Rule[], assessments };
}
