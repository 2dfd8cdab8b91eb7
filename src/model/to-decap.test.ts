import { describe, expect, it } from 'vitest';
import { activities, articles, COLLECTIONS, materials, SINGLETONS } from './collections.ts';
import type { Field } from './fields.ts';
import { fakeLookups, validActivity, validArticle } from './test-helpers.ts';
import { SLUG_KEY, toDecapCollection, toDecapCollections, toDecapField } from './to-decap.ts';
import { toZodSchema } from './to-zod.ts';

const fieldsOf = (name: string) =>
  toDecapCollections(COLLECTIONS, SINGLETONS).find((c) => c.name === name)?.fields as Record<string, unknown>[];

describe('toDecapCollections', () => {
  it('matches the reviewed snapshot', () => {
    expect(toDecapCollections(COLLECTIONS, SINGLETONS)).toMatchSnapshot();
  });

  it('has one collection per model collection plus settings, in model order', () => {
    expect(toDecapCollections(COLLECTIONS, SINGLETONS).map((c) => c.name)).toEqual([
      ...COLLECTIONS.map((c) => c.name),
      'settings',
    ]);
  });

  it('derives every field with its Chinese label, and adds the body for MDX', () => {
    for (const def of COLLECTIONS) {
      const names = (fieldsOf(def.name) ?? []).map((f) => f.name);
      expect(names).toEqual([...def.fields.map((f: Field) => f.name), ...('body' in def ? ['body'] : [])]);
    }
    expect(fieldsOf('articles')?.[0]).toMatchObject({ name: 'title', label: '标题', widget: 'string' });
  });

  it('writes MDX entries with frontmatter and YAML entries as YAML', () => {
    expect(toDecapCollection(articles)).toMatchObject({
      format: 'xinhuo-mdx',
      extension: 'mdx',
      folder: 'src/content/articles',
    });
    expect(toDecapCollections(COLLECTIONS, SINGLETONS).find((c) => c.name === 'branches')).toMatchObject({
      format: 'xinhuo-yml',
      extension: 'yml',
    });
  });
});

describe('validation in the CMS agrees with the build', () => {
  const fields = COLLECTIONS.flatMap((def) => def.fields.map((field: Field) => [def, field] as const));
  const lengthLimited = fields.filter(
    ([, f]) =>
      (f.kind === 'string' || f.kind === 'text') && !('pattern' in f && f.pattern) && ('max' in f || 'min' in f),
  );

  it.each(lengthLimited.map(([def, f]) => [`${def.name}.${f.name}`, def, f] as const))(
    '%s: the CMS pattern accepts exactly the lengths the schema accepts',
    (_, def, field) => {
      const limits = field as { min?: number; max?: number };
      const [source] = toDecapField(field).pattern as [string, string];
      const cms = new RegExp(source);
      const schema = toZodSchema(def, fakeLookups);
      const entry = def.name === 'articles' ? validArticle() : def.name === 'activities' ? validActivity() : undefined;
      for (const length of [limits.min ?? 0, (limits.min ?? 1) - 1, limits.max ?? 500, (limits.max ?? 500) + 1]) {
        if (length < 0) continue;
        const value = '字'.repeat(length);
        expect(cms.test(value), `CMS, length ${length}`).toBe(
          length >= (limits.min ?? 0) && length <= (limits.max ?? Infinity),
        );
        if (entry && length > 0) {
          const built = schema.safeParse({ ...entry, [field.name]: value }).success;
          expect(built, `build, length ${length}`).toBe(cms.test(value));
        }
      }
    },
  );

  it("offers exactly the model's options in every select", () => {
    for (const [, field] of fields) {
      if (field.kind !== 'select') continue;
      const options = (toDecapField(field).options as { value: string }[]).map((o) => o.value);
      expect(options).toEqual(field.options.map((o) => o.value));
    }
  });

  it('names new files from a key the CMS fills in, never from the raw Chinese title', () => {
    for (const def of COLLECTIONS) expect(toDecapCollection(def).slug).toBe(`{{fields.${SLUG_KEY}}}`);
  });
});

describe('toDecapField', () => {
  it('marks optional fields as not required and keeps required ones default', () => {
    const [branch] = articles.fields.filter((f) => f.name === 'branch').map(toDecapField);
    expect(branch).toMatchObject({
      widget: 'relation',
      collection: 'branches',
      required: false,
      value_field: '{{slug}}',
    });
    expect(toDecapField(articles.fields[0])).not.toHaveProperty('required');
  });

  it('writes dates and date-times as Beijing-time strings the schema reads back', () => {
    const start = toDecapField(activities.fields.find((f) => f.name === 'date')!);
    expect(start).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD HH:mm', picker_utc: false });
    const day = toDecapField(articles.fields.find((f) => f.name === 'date')!);
    expect(day).toMatchObject({ format: 'YYYY-MM-DD', time_format: false });
  });

  it('turns selects into labelled options and object lists into nested fields', () => {
    const category = toDecapField(articles.fields.find((f) => f.name === 'category')!);
    expect(category.options).toContainEqual({ label: '通知公告', value: 'notice' });
    const attachments = toDecapField(materials.fields.find((f) => f.name === 'attachments')!);
    expect(attachments).toMatchObject({ widget: 'list', summary: '{{fields.title}}' });
    expect((attachments.fields as { widget: string }[]).map((f) => f.widget)).toEqual(['file', 'string']);
  });
});
