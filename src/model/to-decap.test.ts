import { describe, expect, it } from 'vitest';
import { activities, articles, COLLECTIONS, materials, SINGLETONS } from './collections';
import type { Field } from './fields';
import { toDecapCollection, toDecapCollections, toDecapField } from './to-decap';

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
      format: 'frontmatter',
      extension: 'mdx',
      folder: 'src/content/articles',
    });
    expect(toDecapCollections(COLLECTIONS, SINGLETONS).find((c) => c.name === 'branches')).toMatchObject({
      format: 'yml',
      extension: 'yml',
    });
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
