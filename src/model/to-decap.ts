import type { CollectionDef, Field, SingletonDef } from './fields';

/** A Decap CMS field config (the subset this model produces). */
export type DecapField = Record<string, unknown> & { name: string; label: string; widget: string };
/** A Decap CMS collection config. */
export type DecapCollection = Record<string, unknown> & { name: string; label: string };

const DATE_FORMAT = 'YYYY-MM-DD';
const TIME_FORMAT = 'HH:mm';

function widgetOf(field: Field): Record<string, unknown> & { widget: string } {
  switch (field.kind) {
    case 'string':
      return {
        widget: 'string',
        ...(field.pattern && { pattern: [field.pattern.regex.source, field.pattern.message] }),
      };
    case 'text':
      return { widget: 'text' };
    case 'url':
      return { widget: 'string', pattern: ['^https?://', '网址须以 http:// 或 https:// 开头'] };
    case 'date':
      // Written as plain strings in Beijing time; see lib/date.ts for how they are read back.
      return {
        widget: 'datetime',
        format: field.withTime ? `${DATE_FORMAT} ${TIME_FORMAT}` : DATE_FORMAT,
        date_format: DATE_FORMAT,
        time_format: field.withTime ? TIME_FORMAT : false,
        picker_utc: false,
      };
    case 'boolean':
      return { widget: 'boolean', ...(field.default !== undefined && { default: field.default }) };
    case 'number':
      return {
        widget: 'number',
        value_type: field.integer ? 'int' : 'float',
        ...(field.min !== undefined && { min: field.min }),
        ...(field.max !== undefined && { max: field.max }),
      };
    case 'select':
      return { widget: 'select', options: field.options.map((o) => ({ label: o.label, value: o.value })) };
    case 'tags':
      return {
        widget: 'list',
        allow_add: true,
        ...(field.min && { min: field.min }),
        ...(field.max !== undefined && { max: field.max }),
      };
    case 'relation':
      return {
        widget: 'relation',
        collection: field.collection,
        value_field: '{{slug}}',
        search_fields: [field.displayField],
        display_fields: [field.displayField],
      };
    case 'image':
      return { widget: 'image', choose_url: false };
    case 'file':
      return { widget: 'file', choose_url: false };
    case 'indexList':
      return {
        widget: 'list',
        ...(field.min && { min: field.min }),
        field: { name: 'index', label: '序号', widget: 'number', value_type: 'int', min: 0 },
      };
    case 'objectList':
      return {
        widget: 'list',
        summary: `{{fields.${field.summaryField}}}`,
        ...(field.min && { min: field.min }),
        fields: field.fields.map(toDecapField),
      };
  }
}

/** Derives the Decap CMS field of a model field: widget, Chinese label and hint, required. */
export function toDecapField(field: Field): DecapField {
  return {
    name: field.name,
    label: field.label,
    ...widgetOf(field),
    ...(field.hint && { hint: field.hint }),
    ...(field.optional && { required: false }),
  };
}

/** Derives a Decap folder collection: one file per entry under src/content/<name>/. */
export function toDecapCollection(def: CollectionDef): DecapCollection {
  const fields = def.fields.map(toDecapField);
  if (def.body) {
    fields.push({
      name: 'body',
      label: def.body.label,
      widget: 'markdown',
      ...(def.body.hint && { hint: def.body.hint }),
    });
  }
  const hasDate = def.fields.some((f) => f.name === 'date');
  return {
    name: def.name,
    label: def.label,
    label_singular: def.labelSingular,
    description: def.description,
    folder: `src/content/${def.name}`,
    create: true,
    ...(def.format === 'mdx' ? { format: 'frontmatter', extension: 'mdx' } : { format: 'yml', extension: 'yml' }),
    // File names become URLs and must be ASCII; the CMS issue replaces this with a pinyin slug.
    slug: '{{year}}{{month}}{{day}}-{{hour}}{{minute}}{{second}}',
    identifier_field: def.titleField,
    summary: hasDate ? `{{${def.titleField}}}（{{date | date('YYYY-MM-DD')}}）` : `{{${def.titleField}}}`,
    sortable_fields: [def.titleField, ...(hasDate ? ['date'] : [])],
    fields,
  };
}

/** Derives the Decap file collection that edits the settings files. */
export function toDecapSettings(defs: readonly SingletonDef[]): DecapCollection {
  return {
    name: 'settings',
    label: '设置',
    description: '站点信息与考核规则。',
    editor: { preview: false },
    files: defs.map((def) => ({
      name: def.name,
      label: def.label,
      description: def.description,
      file: `src/content/${def.file}`,
      format: 'yml',
      fields: def.fields.map(toDecapField),
    })),
  };
}

/** Every Decap collection, in the order of the model. */
export function toDecapCollections(
  collections: readonly CollectionDef[],
  singletons: readonly SingletonDef[],
): DecapCollection[] {
  return [...collections.map(toDecapCollection), toDecapSettings(singletons)];
}
