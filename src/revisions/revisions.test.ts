import { describe, expect, it } from 'vitest';
import { historyOf, parseGitLog } from './revisions.ts';

const H1 = 'a'.repeat(40);
const H2 = 'b'.repeat(40);
/** One record as git prints it with GIT_LOG_FORMAT and --name-only. */
const record = (hash: string, iso: string, author: string, subject: string, files: string[]) =>
  `\x1e${hash}\x1f${iso}\x1f${author}\x1f${subject}\n\n${files.join('\n')}\n`;

describe('parseGitLog', () => {
  const log =
    record(H2, '2026-11-20T10:00:00+08:00', '王晓岚', 'Fix a typo; add 通知', ['src/content/articles/a.mdx']) +
    record(H1, '2026-10-01T09:30:00+08:00', 'Li Wen', 'Add starter content', [
      'src/content/articles/a.mdx',
      'src/content/articles/中文.mdx',
    ]);

  it('gives each file its commits, newest first, with date, author and message', () => {
    const byPath = parseGitLog(log);
    expect(byPath.get('src/content/articles/a.mdx')).toEqual([
      { hash: H2, date: new Date('2026-11-20T02:00:00Z'), author: '王晓岚', message: 'Fix a typo; add 通知' },
      { hash: H1, date: new Date('2026-10-01T01:30:00Z'), author: 'Li Wen', message: 'Add starter content' },
    ]);
    expect(byPath.get('src/content/articles/中文.mdx')?.map((r) => r.hash)).toEqual([H1]);
  });

  it.each([
    ['empty output (no commits)', ''],
    ['a record without a valid hash', record('zzz', '2026-10-01T09:30:00+08:00', 'x', 'y', ['f'])],
    ['a record with a bad date', record(H1, 'yesterday', 'x', 'y', ['f'])],
  ])('skips %s', (_, text) => {
    expect(parseGitLog(text).size).toBe(0);
  });

  it('keeps a commit that touched no content file out of every history', () => {
    expect(parseGitLog(record(H1, '2026-10-01T09:30:00+08:00', 'x', 'Tooling', [])).size).toBe(0);
  });

  it('keeps field separators out of messages: a message with a pipe or tab stays whole', () => {
    const byPath = parseGitLog(record(H1, '2026-10-01T09:30:00+08:00', 'x', 'a | b\tc', ['f']));
    expect(byPath.get('f')?.[0]?.message).toBe('a | b\tc');
  });
});

describe('historyOf', () => {
  it('finds a file by the path Astro reports, with or without ./', () => {
    const byPath = parseGitLog(record(H1, '2026-10-01T09:30:00+08:00', 'x', 'y', ['src/content/pages/about.mdx']));
    expect(historyOf(byPath, './src/content/pages/about.mdx')).toHaveLength(1);
    expect(historyOf(byPath, 'src/content/pages/about.mdx')).toHaveLength(1);
    expect(historyOf(byPath, undefined)).toEqual([]);
  });
});
