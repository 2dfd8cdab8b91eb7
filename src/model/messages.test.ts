import { describe, expect, it } from 'vitest';
import { activities, articles } from './collections.ts';
import { explainIssues, formatContentError } from './messages.ts';
import { fakeLookups, validActivity, validArticle } from './test-helpers.ts';
import { toZodSchema } from './to-zod.ts';

const problemsOf = (def: typeof articles | typeof activities, data: unknown) => {
  const result = toZodSchema(def, fakeLookups).safeParse(data);
  if (result.success) throw new Error('expected invalid data');
  return explainIssues(def.fields, result.error.issues, data);
};

describe('explainIssues', () => {
  it('names a missing field by its Chinese label and gives the hint', () => {
    const [problem] = problemsOf(articles, validArticle({ title: undefined }));
    expect(problem).toMatchObject({ path: 'title', label: '标题' });
    expect(problem?.zh).toContain('必填');
    expect(problem?.zh).toContain('建议不超过 40 个字');
    expect(problem?.en).toContain('Required');
  });

  it('lists the allowed values of a select with their labels', () => {
    const [problem] = problemsOf(articles, validArticle({ category: '新闻' }));
    expect(problem?.zh).toContain('news（党建动态）');
    expect(problem?.en).toContain('news, theory, notice, branch-life, voices');
  });

  it('explains a dangling relation', () => {
    const [problem] = problemsOf(activities, validActivity({ branch: 'ghost' }));
    expect(problem?.zh).toContain('找不到标识为“ghost”的条目');
  });

  it('explains a missing media file and where to put it', () => {
    const [problem] = problemsOf(articles, validArticle({ cover: '/uploads/2026/gone.jpg', coverAlt: '说明' }));
    expect(problem).toMatchObject({ path: 'cover', label: '封面图' });
    expect(problem?.zh).toContain('媒体库中没有文件“/uploads/2026/gone.jpg”');
    expect(problem?.zh).toContain('public/uploads/2026/gone.jpg');
  });

  it('explains a date-time format in both languages', () => {
    const [problem] = problemsOf(activities, validActivity({ date: '10月14日下午' }));
    expect(problem?.zh).toContain("'YYYY-MM-DD HH:mm'");
    expect(problem?.en).toContain('Beijing time');
  });

  it('splits the bilingual message of a cross-field rule', () => {
    const [problem] = problemsOf(activities, validActivity({ attended: 9 }));
    expect(problem).toMatchObject({ label: '实到人数' });
    expect(problem?.zh).toContain('多于应到人数');
    expect(problem?.en).toBe('attended is greater than expected; check both numbers.');
  });
});

describe('formatContentError', () => {
  it('puts the file first and one line per field', () => {
    const message = formatContentError('src/content/articles/x.mdx', problemsOf(articles, validArticle({ title: 1 })));
    expect(message.split('\n')[0]).toBe('内容错误 / Content error: src/content/articles/x.mdx');
    expect(message).toContain('• 标题 (title)：类型不对');
  });
});
