/**
 * The content the tested site was built from, read from src/content the way the build reads it
 * (frontmatter YAML; dates as Beijing time), so specs state what the page must show in terms of
 * the content — an editor may replace the demo content without breaking them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { formatDate, parseShanghaiDate } from '../src/lib/date.ts';
import { FRONTMATTER } from '../src/model/frontmatter.ts';

const CONTENT = 'src/content';
type Data = Record<string, unknown>;

/** The frontmatter of one entry (`articles`, `x`) or of a YAML file. */
function read(file: string): Data {
  const text = readFileSync(join(CONTENT, file), 'utf8');
  return (parse(file.endsWith('.mdx') ? (FRONTMATTER.exec(text)?.[1] ?? '') : text) ?? {}) as Data;
}

/** Every entry of a collection: its id (file name) and frontmatter; drafts left out, as the site does. */
export function entries(collection: string): { id: string; data: Data }[] {
  return readdirSync(join(CONTENT, collection))
    .filter((f) => /\.(mdx|ya?ml)$/.test(f))
    .map((f) => ({ id: f.replace(/\.\w+$/, ''), data: read(join(collection, f)) }))
    .filter((e) => e.data.draft !== true);
}

/** One entry's frontmatter. */
export const entry = (collection: string, id: string): Data => entries(collection).find((e) => e.id === id)?.data ?? {};

/** A settings file (`site`, `assessment`, `topics`). */
export const settings = (name: string): Data => read(`settings/${name}.yml`);

/** A frontmatter date as the site writes it (`2021年11月30日`). */
export const readerDate = (value: unknown): string => formatDate(parseShanghaiDate(value)!);
