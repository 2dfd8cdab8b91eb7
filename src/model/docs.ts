import type { CollectionDef, Field, SingletonDef } from './fields.ts';

const KIND: Record<Field['kind'], string> = {
  string: 'text (one line)',
  text: 'text (multi-line)',
  url: 'http(s) URL',
  date: 'date',
  boolean: 'true / false',
  number: 'number',
  select: 'one of',
  tags: 'list of text',
  relation: 'id of',
  image: 'image in the media folder (/uploads/…; must exist)',
  file: 'file in the media folder (/uploads/…; must exist)',
  indexList: 'list of indexes (from 0)',
  objectList: 'list of records',
};

function typeOf(field: Field): string {
  switch (field.kind) {
    case 'select':
      return `${KIND.select} ${field.options.map((o) => `\`${o.value}\` (${o.label})`).join(', ')}`;
    case 'relation':
      return `${KIND.relation} \`${field.collection}\``;
    case 'date':
      return field.withTime ? "date and time, `'YYYY-MM-DD HH:mm'` (Beijing)" : 'date, `YYYY-MM-DD` (Beijing)';
    case 'number':
      return `${field.integer ? 'integer' : 'number'}${field.min !== undefined ? ` ≥ ${field.min}` : ''}${field.max !== undefined ? ` ≤ ${field.max}` : ''}`;
    default:
      return KIND[field.kind];
  }
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function fieldRows(fields: readonly Field[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const required = f.optional ? 'no' : 'yes';
    const row = `| \`${prefix}${f.name}\` | ${f.label} | ${cell(typeOf(f))} | ${required} | ${cell(f.doc)}${f.hint ? ` <br>编辑提示：${cell(f.hint)}` : ''} |`;
    return f.kind === 'objectList' ? [row, ...fieldRows(f.fields, `${prefix}${f.name}[].`)] : [row];
  });
}

const TABLE_HEAD = ['| field | 中文名 | type | required | description |', '| --- | --- | --- | --- | --- |'];

/** Renders the content model reference (docs/content-model.md) from the model itself. */
export function renderModelDocs(collections: readonly CollectionDef[], singletons: readonly SingletonDef[]): string {
  const parts = [
    '# Content model reference',
    '',
    '<!-- Generated from src/model/collections.ts by `npm run docs`; do not edit by hand. -->',
    '',
    'Every entry is one file; its file name (ASCII: `a-z`, `0-9`, `-`) is its id and URL slug. Dates are',
    'Beijing time (Asia/Shanghai). MDX bodies may use only the registered components (`<Callout>`, `<Figure>`).',
    'A build stops on any content error and names the file, the field and the fix in Chinese and English.',
    '',
  ];
  for (const def of collections) {
    parts.push(
      `## ${def.name} — ${def.label}`,
      '',
      `${def.description} Files: \`src/content/${def.name}/<id>.${def.format}\`${def.body ? `; the body is MDX (${def.body.label}).` : '.'}`,
      '',
      ...TABLE_HEAD,
      ...fieldRows(def.fields),
      '',
    );
  }
  parts.push('## settings — 设置', '');
  for (const def of singletons) {
    parts.push(
      `### ${def.name} — ${def.label}`,
      '',
      `${def.description} File: \`src/content/${def.file}\`.`,
      '',
      ...TABLE_HEAD,
      ...fieldRows(def.fields),
      '',
    );
  }
  return parts.join('\n');
}
