/**
 * The field vocabulary of the content model. Every field of every collection is declared with
 * these builders exactly once; Astro's zod schemas, Decap CMS's config, validation messages and
 * the docs are all derived from these declarations.
 */

/** What every field declares: its key, its Chinese label and hint, and a one-line English doc. */
interface FieldBase {
  /** Frontmatter / YAML key (ASCII camelCase). */
  name: string;
  /** Label shown to editors (zh-CN). */
  label: string;
  /** One-line help for editors (zh-CN); also used as the fix in validation errors. */
  hint?: string;
  /** One-line English description for developers (JSDoc-like, shown in the docs). */
  doc: string;
  /** Whether the field may be left out. */
  optional?: boolean;
}

export interface StringField extends FieldBase {
  kind: 'string';
  max?: number;
  min?: number;
  /** A pattern the value must match, with the message shown when it does not. */
  pattern?: { regex: RegExp; message: string };
}
export interface TextField extends FieldBase {
  kind: 'text';
  max?: number;
  min?: number;
}
export interface UrlField extends FieldBase {
  kind: 'url';
}
export interface DateField extends FieldBase {
  kind: 'date';
  /** Whether a time of day (Asia/Shanghai) is part of the value. */
  withTime?: boolean;
}
export interface BooleanField extends FieldBase {
  kind: 'boolean';
  default?: boolean;
}
export interface NumberField extends FieldBase {
  kind: 'number';
  integer?: boolean;
  min?: number;
  max?: number;
}
export interface SelectOption {
  /** Stored value (ASCII, used in URLs). */
  value: string;
  /** Label shown to readers and editors (zh-CN). */
  label: string;
}
export interface SelectField extends FieldBase {
  kind: 'select';
  options: readonly SelectOption[];
}
export interface TagsField extends FieldBase {
  kind: 'tags';
  min?: number;
  max?: number;
  /** Longest allowed item, in characters (default 30: a tag, not a sentence). */
  itemMax?: number;
}
export interface RelationField extends FieldBase {
  kind: 'relation';
  /** The collection whose entry ids are valid values. */
  collection: string;
  /** The field of the target shown to editors when picking. */
  displayField: string;
}
export interface MediaField extends FieldBase {
  kind: 'image' | 'file';
}
export interface IndexListField extends FieldBase {
  kind: 'indexList';
  min?: number;
}
export interface ObjectListField extends FieldBase {
  kind: 'objectList';
  fields: readonly Field[];
  min?: number;
  /** Field whose value summarises one item in the CMS list. */
  summaryField: string;
}

export type Field =
  | StringField
  | TextField
  | UrlField
  | DateField
  | BooleanField
  | NumberField
  | SelectField
  | TagsField
  | RelationField
  | MediaField
  | IndexListField
  | ObjectListField;

/** The MDX body of an entry, edited in the CMS as Markdown. */
export interface BodyDef {
  label: string;
  hint?: string;
}

/** A folder collection: one file per entry in `src/content/<name>/`. */
export interface CollectionDef {
  /** Collection key, also its folder under src/content/. */
  name: string;
  /** Plural label (zh-CN). */
  label: string;
  /** Singular label (zh-CN). */
  labelSingular: string;
  /** What editors keep here (zh-CN). */
  description: string;
  /** `mdx` entries have frontmatter and a body; `yml` entries are pure data. */
  format: 'mdx' | 'yml';
  /** Field shown as the entry's name in lists. */
  titleField: string;
  fields: readonly Field[];
  body?: BodyDef;
  /** Cross-field rules, checked after the fields themselves. */
  refine?: (data: Record<string, unknown>) => RuleViolation[];
}

/** A single settings file, edited as one form. */
export interface SingletonDef {
  name: string;
  label: string;
  description: string;
  /** Path of the YAML file relative to src/content/. */
  file: string;
  fields: readonly Field[];
}

/** A broken cross-field rule: which field, and what to do in both languages. */
export interface RuleViolation {
  field: string;
  zh: string;
  en: string;
}

type Spec<F extends Field> = Omit<F, 'kind'>;

// Builders keep their literal arguments (`const S`) so that entry types can be inferred from the
// declarations (see InferFields below) instead of being written a second time.
/** Single-line text. */
export const string = <const S extends Spec<StringField>>(spec: S) => ({ kind: 'string' as const, ...spec });
/** Multi-line plain text. */
export const text = <const S extends Spec<TextField>>(spec: S) => ({ kind: 'text' as const, ...spec });
/** An absolute http(s) URL. */
export const url = <const S extends Spec<UrlField>>(spec: S) => ({ kind: 'url' as const, ...spec });
/** A calendar date, or a date and time, in Asia/Shanghai. */
export const date = <const S extends Spec<DateField>>(spec: S) => ({ kind: 'date' as const, ...spec });
/** A yes/no switch. */
export const boolean = <const S extends Spec<BooleanField>>(spec: S) => ({ kind: 'boolean' as const, ...spec });
/** A number, optionally an integer within bounds. */
export const number = <const S extends Spec<NumberField>>(spec: S) => ({ kind: 'number' as const, ...spec });
/** One value out of a fixed list. */
export const select = <const S extends Spec<SelectField>>(spec: S) => ({ kind: 'select' as const, ...spec });
/** A list of short free-text labels. */
export const tags = <const S extends Spec<TagsField>>(spec: S) => ({ kind: 'tags' as const, ...spec });
/** The id of an entry of another collection. */
export const relation = <const S extends Spec<RelationField>>(spec: S) => ({ kind: 'relation' as const, ...spec });
/** An image from the media folder. */
export const image = <const S extends Spec<MediaField>>(spec: S) => ({ kind: 'image' as const, ...spec });
/** A file (PDF, Word …) from the media folder. */
export const file = <const S extends Spec<MediaField>>(spec: S) => ({ kind: 'file' as const, ...spec });
/** A list of zero-based option indexes. */
export const indexList = <const S extends Spec<IndexListField>>(spec: S) => ({ kind: 'indexList' as const, ...spec });
/** A list of small records. */
export const objectList = <const S extends Spec<ObjectListField>>(spec: S) => ({
  kind: 'objectList' as const,
  ...spec,
});

/** The TypeScript type of a field's parsed value. */
export type ValueOf<F> = F extends { kind: 'string' | 'text' | 'url' | 'image' | 'file' | 'relation' }
  ? string
  : F extends { kind: 'date' }
    ? Date
    : F extends { kind: 'boolean' }
      ? boolean
      : F extends { kind: 'number' }
        ? number
        : F extends { kind: 'select'; options: readonly { value: infer V }[] }
          ? V
          : F extends { kind: 'tags' }
            ? string[]
            : F extends { kind: 'indexList' }
              ? number[]
              : F extends { kind: 'objectList'; fields: infer FS extends readonly Field[] }
                ? InferFields<FS>[]
                : never;

type IsOptional<F> = F extends { default: unknown } ? false : F extends { optional: true } ? true : false;

/** The parsed data type of a list of fields: optional fields without a default may be absent. */
export type InferFields<FS extends readonly Field[]> = {
  [F in FS[number] as IsOptional<F> extends true ? never : F['name']]: ValueOf<F>;
} & {
  [F in FS[number] as IsOptional<F> extends true ? F['name'] : never]?: ValueOf<F>;
};
