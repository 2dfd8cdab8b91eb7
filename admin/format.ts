/**
 * The file formats the CMS reads and writes. Decap's own formatters re-serialize every key of the
 * frontmatter on each save (flow lists become block lists, long Chinese lines are folded), so a
 * one-word change rewrote the whole header. These keep the text of every key whose value did not
 * change, write changed keys in the repository's style, never touch the body, and drop the
 * transient file-name key (SLUG_KEY).
 */
import { FRONTMATTER } from '../src/model/frontmatter.ts';
import { Document, isScalar, isSeq, parse, visit } from 'yaml';
import { SLUG_KEY } from '../src/model/to-decap.ts';

/** Decap's custom-format contract. */
export interface Formatter {
  fromFile: (content: string) => Record<string, unknown>;
  toFile: (data: Record<string, unknown>, sortedKeys?: string[]) => string;
}

const TOP_LEVEL_KEY = /^(?:"[^"]*"|'[^']*'|[^\s#:'"][^:]*):(?:\s|$)/;

/** Original text of each key/value pair seen, so an unchanged pair is written as it was read. */
export class PairTexts {
  private readonly texts = new Map<string, string>();

  private static id = (key: string, value: unknown) => `${key}\u0000${JSON.stringify(value)}`;

  /** Splits a YAML mapping into its top-level pairs and remembers each one's text. */
  remember(yamlText: string): void {
    // Each segment is a key line with what follows it; comments before the first key belong to it.
    const segments: string[] = [];
    let keyed = false;
    for (const line of yamlText.split(/\r?\n/)) {
      if (segments.length === 0 || (TOP_LEVEL_KEY.test(line) && keyed)) segments.push(line);
      else segments[segments.length - 1] += `\n${line}`;
      keyed ||= TOP_LEVEL_KEY.test(line);
    }
    for (const segment of segments) {
      const parsed: unknown = parse(segment);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        const entries = Object.entries(parsed as Record<string, unknown>);
        const [key, value] = entries[0] ?? [];
        if (entries.length === 1 && key !== undefined) this.texts.set(PairTexts.id(key, value), segment.trimEnd());
      }
    }
  }

  /** The remembered text of a pair with exactly this value, if any. */
  textOf(key: string, value: unknown): string | undefined {
    return this.texts.get(PairTexts.id(key, value));
  }
}

/** Writes one pair as YAML: no folding of long lines, short lists of words inline (`[a, b]`). */
export function stringifyPair(key: string, value: unknown): string {
  const doc = new Document({ [key]: value });
  visit(doc, {
    Seq(_, node) {
      if (isSeq(node) && node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/** Writes a mapping: keys in the model's order, then any others; empty values and SLUG_KEY left out. */
export function stringifyMapping(data: Record<string, unknown>, sortedKeys: readonly string[], texts: PairTexts) {
  const keys = Object.keys(data).filter((k) => k !== SLUG_KEY && !isEmpty(data[k]));
  const rank = (k: string) => (sortedKeys.includes(k) ? sortedKeys.indexOf(k) : sortedKeys.length);
  keys.sort((a, b) => rank(a) - rank(b));
  return keys.map((k) => texts.textOf(k, data[k]) ?? stringifyPair(k, data[k])).join('\n');
}

/** `---` YAML frontmatter, then the MDX body exactly as edited. */
export function mdxFormat(texts = new PairTexts()): Formatter {
  return {
    fromFile(content) {
      const match = FRONTMATTER.exec(content);
      const header = match?.[1] ?? '';
      texts.remember(header);
      const data = (parse(header) as Record<string, unknown> | null) ?? {};
      return { ...data, body: match ? content.slice(match[0].length) : content };
    },
    toFile(data, sortedKeys = []) {
      const { body = '', ...meta } = data;
      return `---\n${stringifyMapping(meta, sortedKeys, texts)}\n---\n${String(body)}`;
    },
  };
}

/** A YAML data file (branches, settings). */
export function ymlFormat(texts = new PairTexts()): Formatter {
  return {
    fromFile(content) {
      texts.remember(content);
      return (parse(content) as Record<string, unknown> | null) ?? {};
    },
    toFile(data, sortedKeys = []) {
      return `${stringifyMapping(data, sortedKeys, texts)}\n`;
    },
  };
}
