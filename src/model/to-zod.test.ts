import { describe, expect, it } from 'vitest';
import { activities, articles, assessmentSettings, lessons } from './collections.ts';
import { fakeLookups, validActivity, validArticle } from './test-helpers.ts';
import { memoLookups, toZodSchema } from './to-zod.ts';

const articleSchema = toZodSchema(articles, fakeLookups);
const activitySchema = toZodSchema(activities, fakeLookups);

describe('toZodSchema: articles', () => {
  it('accepts a valid article and applies defaults', () => {
    const data = articleSchema.parse(validArticle());
    expect(data.pinned).toBe(false);
    expect(data.draft).toBe(false);
    expect(data.date.toISOString()).toBe('2026-10-13T16:00:00.000Z'); // midnight in Beijing
  });

  it('derives one field per model field, with the field doc as description', () => {
    const shape = (articleSchema as unknown as { shape?: Record<string, { description?: string }> }).shape;
    expect(Object.keys(shape ?? {})).toEqual(articles.fields.map((f) => f.name));
    expect(shape?.title?.description).toBe('Title shown on the page and in lists.');
  });

  it.each([
    ['title', undefined],
    ['category', 'sports'],
    ['summary', '太短'],
    ['date', '2026/10/14'],
    ['tags', '三会一课'],
    ['branch', 'no-such-branch'],
    ['cover', 'https://cdn.example.org/a.jpg'],
    ['pinned', 'yes'],
  ])('rejects a bad %s (%j)', (field, value) => {
    const result = articleSchema.safeParse(validArticle({ [field]: value }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toContain(field);
  });

  it('requires media files to exist, so no download or image is ever broken', () => {
    const ok = articleSchema.safeParse(validArticle({ cover: '/uploads/ok/a.jpg', coverAlt: '党员志愿者在社区服务' }));
    expect(ok.success).toBe(true);
    const missing = articleSchema.safeParse(validArticle({ cover: '/uploads/gone.jpg', coverAlt: '说明' }));
    expect(missing.error?.issues.map((i) => i.path.join('.'))).toEqual(['cover']);
  });

  it('rejects unknown keys, so a misspelt field is not silently dropped', () => {
    const result = articleSchema.safeParse(validArticle({ titel: 'x' }));
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('checks cross-field rules: updated after date, alt text with a cover', () => {
    const result = articleSchema.safeParse(validArticle({ updated: '2026-10-01', cover: '/uploads/ok/a.jpg' }));
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['coverAlt', 'updated']);
  });
});

describe('toZodSchema: activities', () => {
  it('reads the start as Beijing time', () => {
    expect(activitySchema.parse(validActivity()).date.toISOString()).toBe('2026-10-14T06:30:00.000Z');
  });

  it.each([
    [{ attended: 8 }, 'attended'],
    [{ location: undefined }, 'location'],
    [{ end: '2026-10-14 14:00' }, 'end'],
    [{ type: 'party-day' }, 'type'],
    [{ expected: 6.5 }, 'expected'],
    [{ meetingUrl: 'javascript:alert(1)' }, 'meetingUrl'],
  ])('rejects %j at %s', (overrides, field) => {
    const result = activitySchema.safeParse(validActivity(overrides));
    expect(result.error?.issues.map((i) => i.path[0])).toContain(field);
  });

  it('accepts an online meeting without a location', () => {
    const result = activitySchema.safeParse(
      validActivity({ location: undefined, meetingUrl: 'https://meeting.example.edu.cn/j/1' }),
    );
    expect(result.success).toBe(true);
  });
});

describe('toZodSchema: nested lists', () => {
  it('checks quiz answers against their options', () => {
    const schema = toZodSchema(lessons, fakeLookups);
    const lesson = {
      course: 'party-basics-2026',
      order: 1,
      title: '第一讲',
      quiz: [{ question: '预备期为几年？', options: ['半年', '一年'], answer: [2], explanation: '一年。' }],
    };
    const result = schema.safeParse(lesson);
    expect(result.error?.issues[0]?.path).toEqual(['quiz', 0, 'answer']);
  });

  it('validates the settings files too', () => {
    const schema = toZodSchema(assessmentSettings, fakeLookups);
    expect(schema.safeParse({ rules: [{ type: 'theme-day', period: 'month', count: 1 }] }).success).toBe(true);
    expect(schema.safeParse({ rules: [{ type: 'theme-day', period: 'week', count: 1 }] }).success).toBe(false);
  });
});

describe('memoLookups', () => {
  it('asks the underlying lookups once per collection and media path within a pass', () => {
    const asked: string[] = [];
    const pass = memoLookups({
      ids: (collection) => (asked.push(`ids:${collection}`), new Set(collection === 'branches' ? ['a'] : [])),
      mediaExists: (path) => (asked.push(`media:${path}`), path === '/uploads/x.png'),
    });
    for (let i = 0; i < 3; i++) {
      expect(pass.ids('branches').has('a')).toBe(true);
      expect(pass.ids('articles').has('a')).toBe(false);
      expect(pass.mediaExists('/uploads/x.png')).toBe(true);
      expect(pass.mediaExists('/uploads/y.png')).toBe(false);
    }
    expect(asked).toEqual(['ids:branches', 'ids:articles', 'media:/uploads/x.png', 'media:/uploads/y.png']);
  });
});
