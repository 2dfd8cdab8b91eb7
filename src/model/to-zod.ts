import { z } from 'astro/zod';
import { parseShanghaiDate } from '../lib/date.ts';
import type { CollectionDef, Field, InferFields, SingletonDef } from './fields.ts';

/** What the schema checks against outside the entry itself. */
export interface Lookups {
  /** The ids that exist in a collection; relation fields are checked against it. */
  ids: (collection: string) => ReadonlySet<string>;
  /** Whether a media file (`/uploads/…`) exists; media fields are checked against it. */
  mediaExists: (path: string) => boolean;
}

/**
 * The same lookups, each answer kept for the rest of one pass (one content sync, one check run): a
 * body links to many pages, and listing a folder of thousands of entries once per link made checking
 * a large site quadratic. Make a new one per pass, so files added meanwhile are seen by the next.
 */
export function memoLookups(lookups: Lookups): Lookups {
  const ids = new Map<string, ReadonlySet<string>>();
  const media = new Map<string, boolean>();
  return {
    ids: (collection) => ids.get(collection) ?? ids.set(collection, lookups.ids(collection)).get(collection)!,
    mediaExists: (path) => media.get(path) ?? media.set(path, lookups.mediaExists(path)).get(path)!,
  };
}

/** Media paths are site-relative paths into the media folder (public/uploads/). */
const MEDIA_PATH = /^\/uploads\/[^\s?#]+$/;

function baseSchema(field: Field, lookups: Lookups): z.ZodType {
  switch (field.kind) {
    case 'string':
    case 'text': {
      let s = z.string().trim();
      if (field.min !== undefined) s = s.min(field.min);
      if (field.max !== undefined) s = s.max(field.max);
      if (field.kind === 'string' && field.pattern) s = s.regex(field.pattern.regex, field.pattern.message);
      return s;
    }
    case 'url':
      return z.url({ protocol: /^https?$/ });
    case 'date':
      return z.preprocess((v) => parseShanghaiDate(v) ?? v, z.date());
    case 'boolean':
      return z.boolean();
    case 'number': {
      let n = field.integer ? z.number().int() : z.number();
      if (field.min !== undefined) n = n.min(field.min);
      if (field.max !== undefined) n = n.max(field.max);
      return n;
    }
    case 'select':
      return z.enum(field.options.map((o) => o.value) as [string, ...string[]]);
    case 'tags': {
      let list = z.array(
        z
          .string()
          .trim()
          .min(1)
          .max(field.itemMax ?? 30),
      );
      if (field.min !== undefined) list = list.min(field.min);
      if (field.max !== undefined) list = list.max(field.max);
      return list;
    }
    case 'relation':
      return z.string().refine((id) => lookups.ids(field.collection).has(id), {
        params: { relation: field.collection },
      });
    case 'image':
    case 'file':
      return z
        .string()
        .regex(MEDIA_PATH)
        .refine((path) => lookups.mediaExists(path), { params: { missingMedia: true }, abort: true });
    case 'indexList':
      return z.array(z.number().int().min(0)).min(field.min ?? 0);
    case 'objectList': {
      const list = z.array(objectSchema(field.fields, lookups));
      return field.min !== undefined ? list.min(field.min) : list;
    }
  }
}

function fieldSchema(field: Field, lookups: Lookups): z.ZodType {
  const schema = baseSchema(field, lookups).describe(field.doc);
  if ('default' in field && field.default !== undefined) return schema.default(field.default);
  return field.optional ? schema.optional() : schema;
}

function objectSchema(fields: readonly Field[], lookups: Lookups) {
  // Strict: a misspelt key (`titel:`) is an error rather than silently ignored.
  return z.strictObject(Object.fromEntries(fields.map((f) => [f.name, fieldSchema(f, lookups)])));
}

/** Derives the zod schema of a collection or settings file, cross-field rules included. */
export function toZodSchema<const D extends CollectionDef | SingletonDef>(
  def: D,
  lookups: Lookups,
): z.ZodType<InferFields<D['fields']>> {
  const schema = objectSchema(def.fields, lookups);
  const refine = 'refine' in def ? def.refine : undefined;
  if (!refine) return schema as unknown as z.ZodType<InferFields<D['fields']>>;
  return schema.superRefine((data, ctx) => {
    for (const rule of refine(data)) {
      ctx.addIssue({ code: 'custom', path: rule.field.split('.').map(pathKey), message: `${rule.zh} / ${rule.en}` });
    }
  }) as unknown as z.ZodType<InferFields<D['fields']>>;
}

const pathKey = (segment: string) => (/^\d+$/.test(segment) ? Number(segment) : segment);
