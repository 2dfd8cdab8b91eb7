import { ENTRY_PATH_TEMPLATES } from '../lib/urls.ts';
import type { CollectionDef, Field, SingletonDef } from './fields.ts';

/** A Decap CMS field config (the subset this model produces). */
export type DecapField = Record<string, unknown> & { name: string; label: string; widget: string };
/** A Decap CMS collection config. */
export type DecapCollection = Record<string, unknown> & { name: string; label: string };

/** The CMS widget that edits MDX bodies as exact text (admin/mdx-widget.ts): nothing is re-serialized. */
export const MDX_WIDGET = 'mdx';
/**
 * Data key the CMS fills in when an entry is first saved (date + pinyin of the title, see
 * admin/slug.ts) and that names the new file; the CMS's file format strips it before writing.
 */
export const SLUG_KEY = '_slug';

/** The CMS's own file formats (admin/format.ts): they keep unchanged frontmatter lines as written. */
export const CMS_FORMATS = { mdx: 'xinhuo-mdx', yml: 'xinhuo-yml' } as const;

const DATE_FORMAT = 'YYYY-MM-DD';

/** A Decap `pattern` enforcing the model's length limits, counted like zod (UTF-16 units). */
function lengthPattern(min: number | undefined, max: number | undefined): Record<string, unknown> {
  if (min === undefined && max === undefined) return {};
  // Read after the field's name in admin/locale.ts: “摘要”须为 10–200 个字。
  const message =
    min !== undefined && max !== undefined
      ? `须为 ${min}–${max} 个字`
      : min !== undefined
        ? `至少要有 ${min} 个字`
        : `不能超过 ${max} 个字`;
  return { pattern: [`^[\\s\\S]{${min ?? 0},${max ?? ''}}$`, message] };
}
const TIME_FORMAT = 'HH:mm';

function widgetOf(field: Field): Record<string, unknown> & { widget: string } {
  switch (field.kind) {
    case 'string':
      return {
        widget: 'string',
        ...(field.pattern
          ? { pattern: [field.pattern.regex.source, field.pattern.message] }
          : lengthPattern(field.min, field.max)),
      };
    case 'text':
      return { widget: 'text', ...lengthPattern(field.min, field.max) };
    case 'url':
      return { widget: 'string', pattern: ['^https?://', '须以 http:// 或 https:// 开头'] };
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
        field: {
          name: 'item',
          label: field.label,
          widget: 'string',
          ...lengthPattern(1, field.itemMax ?? 30),
        },
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

/**
 * A list the model requires but allows empty: Decap counts an empty list as missing and leaves it
 * out of the file, while the build wants `[]`. So the CMS starts it empty and does not require it.
 */
const mayBeEmptyList = (field: Field) =>
  (field.kind === 'tags' || field.kind === 'objectList' || field.kind === 'indexList') && !field.optional && !field.min;

/** Derives the Decap CMS field of a model field: widget, Chinese label and hint, required. */
export function toDecapField(field: Field): DecapField {
  return {
    name: field.name,
    label: field.label,
    ...widgetOf(field),
    ...(field.hint && { hint: field.hint }),
    ...((field.optional || mayBeEmptyList(field)) && { required: false }),
    ...(mayBeEmptyList(field) && { default: [] }),
  };
}

/** Derives a Decap folder collection: one file per entry under src/content/<name>/. */
export function toDecapCollection(def: CollectionDef): DecapCollection {
  const fields = def.fields.map(toDecapField);
  if (def.body) {
    fields.push({
      name: 'body',
      label: def.body.label,
      widget: MDX_WIDGET,
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
    format: CMS_FORMATS[def.format],
    extension: def.format,
    // File names become URLs: ASCII, from the date and the pinyin of the title (admin/slug.ts).
    slug: `{{fields.${SLUG_KEY}}}`,
    // 查看发布 (View Live) opens the entry's own page, not the home page.
    ...(ENTRY_PATH_TEMPLATES[def.name] && { preview_path: ENTRY_PATH_TEMPLATES[def.name] }),
    identifier_field: def.titleField,
    summary: hasDate ? `{{${def.titleField}}}（{{date | date('YYYY-MM-DD')}}）` : `{{${def.titleField}}}`,
    // Dated collections open newest first, as editors look for what they wrote last.
    sortable_fields: [def.titleField, ...(hasDate ? [{ field: 'date', default_sort: 'desc' }] : [])],
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
      format: CMS_FORMATS.yml,
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
