import { describe, expect, it } from 'vitest';
import { checkContent } from './check-content.ts';
import { articles, branches } from '../model/collections.ts';
import { checkEntrySource, checkFolderNames } from './source-checks.ts';
import { fakeLookups } from '../model/test-helpers.ts';
import { toZodSchema } from '../model/to-zod.ts';

const ARTICLE = [
  '---',
  'title: 学院党委召开理论学习中心组学习会',
  'date: 2026-10-14',
  'summary: 学院党委理论学习中心组围绕党的创新理论开展专题学习研讨。',
  'category: news',
  'tags: [理论学习]',
  'author: 党委宣传部',
  '---',
  '',
  '正文。',
];
const article = { ...articles, schema: toZodSchema(articles, fakeLookups) };
const checkArticle = (edit: (lines: string[]) => string[]) =>
  checkEntrySource(article, Buffer.from(edit([...ARTICLE]).join('\n')));

describe('checkEntrySource', () => {
  it('passes a valid entry', () => {
    expect(checkArticle((l) => l)).toEqual([]);
  });

  it('reports every field problem of a file at once, each on its own line', () => {
    const problems = checkArticle((l) => {
      l[2] = 'date: 2026-02-30';
      l[4] = 'category: 新闻';
      l[6] = 'authro: 党委宣传部';
      return l;
    });
    expect(problems.map((p) => [p.line, p.path]).sort()).toEqual([
      [3, 'date'],
      [5, 'category'],
      [7, 'authro'],
      [8, 'author'],
    ]);
  });

  it('puts a missing field at the closing fence, where it is to be added', () => {
    const [problem] = checkArticle((l) => l.filter((line) => !line.startsWith('summary:')));
    expect(problem).toMatchObject({ line: 7, path: 'summary', label: '摘要' });
  });

  it('points at a nested field of a list item', () => {
    const yml = { ...branches, schema: toZodSchema(branches, fakeLookups) };
    const [problem] = checkEntrySource(yml, Buffer.from('name: 支部\nkind: teacher\nsecretary: 某某\nmembers: -1\n'));
    expect(problem).toMatchObject({ line: 4, path: 'members', label: '党员人数' });
  });

  it('explains a full-width colon once, not also with the parser’s own message', () => {
    const problems = checkArticle((l) => {
      l[1] = 'title：学院党委召开理论学习中心组学习会';
      return l;
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 2, path: 'title' });
  });

  it('still reports the fields that parsed when another line has a syntax error', () => {
    const problems = checkArticle((l) => {
      l[2] = 'date: 2026-10-32';
      l[4] = 'category：news';
      return l;
    });
    expect(problems.map((p) => [p.line, p.path]).sort()).toEqual([
      [3, 'date'],
      [5, 'category'],
    ]);
  });

  it('stops at a legacy encoding without parsing garbage', () => {
    const bytes = Buffer.from(ARTICLE.join('\n').replace('学院', '\u5b66\u9662'), 'latin1');
    const problems = checkEntrySource(article, bytes);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('file');
  });
});

describe('checkFolderNames', () => {
  const dir = 'src/content/articles';

  it('accepts slugs in year folders and ignores system files and editors’ backups', () => {
    const files = ['a.mdx', '2026/b-2.mdx', '.DS_Store', '.gitkeep', 'a.mdx~', '.a.mdx.swp', '.#a.mdx'];
    expect(checkFolderNames(dir, 'mdx', files)).toEqual([]);
  });

  it('reports files the site would silently skip and ids given twice', () => {
    const found = checkFolderNames(dir, 'mdx', ['a.mdx', 'a.md', 'old/a.mdx', '.mdx', 'B.MDX']);
    expect(found.map((f) => f.file)).toEqual([`${dir}/.mdx`, `${dir}/B.MDX`, `${dir}/a.md`, `${dir}/old/a.mdx`]);
    expect(found[2]?.problems[0]?.zh).toContain(`已有同名文件 ${dir}/a.mdx`);
  });
});

describe('the starter content', () => {
  it('passes every check the build runs (no false alarms on real text)', () => {
    expect(checkContent(process.cwd())).toEqual([]);
  });
});
