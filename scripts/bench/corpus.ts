// A deterministic corpus of realistic Chinese articles for benchmarks: sentences of the starter
// articles recombined by a seeded generator, 1,500–4,000 characters each, with headings, lists,
// registered components (Callout, Figure, Quote), categories, tags, branches and dates over several
// years. `toMdx` writes one as a content file the build accepts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasTraditional } from '../../src/search/chinese.ts';
import { random } from '../lib/random.ts';

const ARTICLES = join(import.meta.dirname, '../../src/content/articles');
const NUMERALS = ['一', '二', '三', '四', '五', '六'];
export const CATEGORIES = ['news', 'theory', 'notice', 'branch-life', 'voices'];
export const BRANCHES = ['mech-faculty', 'it-faculty', 'admin-first', 'it-students', 'biz-students'];
export const TAGS = [
  '三会一课',
  '主题党日',
  '党史学习教育',
  '发展党员',
  '理论学习',
  '产教融合',
  '志愿服务',
  '党员先锋',
  '信息化',
  '师德师风',
];

/** Figures of the starter site's media folder, with their alt text. */
const FIGURES: [src: string, alt: string][] = [
  ['/uploads/three-meetings-one-lesson.svg', '“三会一课”制度示意图'],
  ['/uploads/party-member-development-flow.svg', '发展党员五个阶段流程图'],
];

/** Simplified sentences of the starter articles' bodies (no frontmatter, no markup lines). */
function sentences(): string[] {
  const out: string[] = [];
  for (const file of readdirSync(ARTICLES)) {
    const body = readFileSync(join(ARTICLES, file), 'utf8').split(/^---$/m).slice(2).join('---');
    for (const line of body.split('\n')) {
      if (!line.trim() || /^[#<>|!-]|^\d+\./.test(line.trim())) continue;
      for (const s of line.match(/[^。！？]+[。！？]/g) ?? [])
        if (s.length >= 12 && !hasTraditional(s)) out.push(s.trim());
    }
  }
  return out;
}

/** A generated article; `date` is YYYY-MM-DD, `body` Markdown. */
export interface Article {
  id: string;
  title: string;
  date: string;
  category: string;
  branch: string | undefined;
  tags: string[];
  summary: string;
  body: string;
}

/**
 * `count` articles: { id, title, date (YYYY-MM-DD), category, branch?, tags, body (Markdown) }.
 * Articles are generated one at a time, so a large corpus streams to disk.
 */
export function* articles(count: number, seed = 20261125): Generator<Article> {
  const pool = sentences();
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const start = Date.UTC(2021, 0, 1);
  const span = Date.UTC(2026, 10, 1) - start;
  for (let n = 0; n < count; n++) {
    const target = 1500 + Math.floor(rand() * 2500);
    const parts: string[] = [];
    let length = 0;
    let section = 0;
    while (length < target) {
      if (length === 0 || rand() < 0.12) {
        const heading = `## ${NUMERALS[section++ % NUMERALS.length]}、${pick(pool)
          .slice(0, 8 + Math.floor(rand() * 8))
          .replace(/[，、；：。！？“”]/g, '')}`;
        parts.push(heading);
      }
      const block = rand();
      if (block < 0.1) {
        const items = Array.from({ length: 3 }, (_, i) => `${i + 1}. ${pick(pool)}`);
        parts.push(items.join('\n'));
        length += items.join('').length;
      } else if (block < 0.14) {
        const text = pick(pool);
        parts.push(`<Callout type="tip" title="学习提示">\n\n${text}\n\n</Callout>`);
        length += text.length;
      } else if (block < 0.16) {
        const [src, alt] = pick(FIGURES);
        parts.push(`<Figure src="${src}" alt="${alt}" caption="${alt}（示意）" />`);
      } else if (block < 0.18) {
        const text = pick(pool);
        parts.push(
          `<Quote cite="${pick(pool)
            .slice(0, 12)
            .replace(/["，。]/g, '')}">\n\n${text}\n\n</Quote>`,
        );
        length += text.length;
      } else {
        const paragraph = Array.from({ length: 2 + Math.floor(rand() * 4) }, () => pick(pool)).join('');
        parts.push(paragraph);
        length += paragraph.length;
      }
    }
    const date = new Date(start + Math.floor(rand() * span)).toISOString().slice(0, 10);
    const category = pick(CATEGORIES);
    yield {
      id: `bench-${String(n + 1).padStart(5, '0')}`,
      title: pick(pool)
        .replace(/[。！？]$/, '')
        .slice(0, 30),
      date,
      category,
      branch: category === 'branch-life' || category === 'voices' || rand() < 0.2 ? pick(BRANCHES) : undefined,
      tags: [pick(TAGS), pick(TAGS)].filter((t, i, all) => all.indexOf(t) === i),
      summary: pick(pool).slice(0, 80),
      body: parts.join('\n\n'),
    };
  }
}

/** An article as a content file of the `articles` collection (src/content/articles/<id>.mdx). */
export function toMdx(a: Article) {
  const yaml = (text: string) => JSON.stringify(text);
  const lines = [
    '---',
    `title: ${yaml(a.title)}`,
    `date: ${a.date}`,
    `summary: ${yaml(a.summary)}`,
    `category: ${a.category}`,
    `tags: [${a.tags.map(yaml).join(', ')}]`,
    ...(a.branch ? [`branch: ${a.branch}`] : []),
    'author: 党委宣传部',
    '---',
    '',
    a.body,
    '',
  ];
  return lines.join('\n');
}
