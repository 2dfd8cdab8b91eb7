/**
 * Preview templates, one per collection, derived from the model: the entry is shown with the
 * site's own classes (`.prose-zh` body typography, colour tokens), inside Decap's preview frame
 * where the site's stylesheet is loaded (see admin/cms.ts).
 */
import { createElement as h, type ReactNode } from 'react';
import type { CollectionDef, Field } from '../src/model/fields.ts';
import { previewUrl, type GetAsset } from './editor-components.ts';

/** The props Decap passes to a preview template (the part used here). */
export interface PreviewProps {
  entry: { getIn: (path: string[]) => unknown };
  widgetFor: (name: string) => ReactNode;
  getAsset?: GetAsset;
}

/** The names of referenced entries, by collection and id (serialized by src/pages/admin/index.astro). */
export type RelationLabels = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** How one frontmatter value reads in the preview's fact line. */
export function describeValue(field: Field, value: unknown, labels: RelationLabels = {}): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (field.kind === 'select') return field.options.find((o) => o.value === value)?.label ?? String(value);
  // A branch created since the last build has no name here yet: its id is shown instead.
  if (field.kind === 'relation') return labels[field.collection]?.[String(value)] ?? String(value);
  if (field.kind === 'boolean') return value ? field.label : undefined;
  if (typeof value === 'object' && 'toJS' in value && typeof value.toJS === 'function') {
    const plain = value.toJS() as unknown;
    return Array.isArray(plain) ? plain.filter((v) => typeof v !== 'object').join('、') || undefined : undefined;
  }
  return String(value);
}

const FACT_KINDS = new Set<Field['kind']>(['date', 'select', 'relation', 'string', 'number', 'boolean', 'tags', 'url']);
/** Fields that describe another field rather than the entry. */
const NOT_FACTS = new Set(['coverAlt']);

/** Builds the preview template of a folder collection. */
export function createPreview(def: CollectionDef, labels: RelationLabels = {}) {
  return function Preview({ entry, widgetFor, getAsset }: PreviewProps) {
    const get = (name: string) => entry.getIn(['data', name]);
    const title = String(get(def.titleField) ?? '');
    const facts = def.fields
      .filter((f) => f.name !== def.titleField && FACT_KINDS.has(f.kind) && !NOT_FACTS.has(f.name))
      .map((f) => [f, describeValue(f, get(f.name), labels)] as const)
      .filter(([, text]) => text);
    const summary = get('summary');
    const cover = get('cover');
    const intro = def.fields.find((f) => f.kind === 'text' && f.name !== 'summary');
    return h(
      'main',
      { className: 'mx-auto max-w-3xl bg-canvas px-4 py-8 text-ink' },
      h('h1', { className: 'text-2xl font-bold leading-snug sm:text-3xl' }, title || '（未填写标题）'),
      h(
        'ul',
        { className: 'mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted' },
        facts.map(([f, text]) => h('li', { key: f.name }, `${f.label}：${text}`)),
      ),
      typeof summary === 'string' && h('p', { className: 'mt-4 rounded-lg bg-sunken p-4 text-muted' }, summary),
      typeof cover === 'string' &&
        cover &&
        // Not Decap's image preview: it asks the site for an upload that is only on the draft's branch.
        h('img', {
          className: 'mt-6 w-full rounded-lg',
          src: previewUrl(cover, getAsset),
          alt: String(get('coverAlt') ?? ''),
        }),
      intro && h('p', { className: 'mt-6 leading-relaxed' }, String(get(intro.name) ?? '')),
      def.body && h('div', { className: 'prose-zh prose mt-8 max-w-none sm:prose-lg' }, widgetFor('body')),
    );
  };
}
