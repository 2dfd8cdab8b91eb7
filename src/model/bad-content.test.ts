/**
 * The bad-input corpus (test/bad-content/<case>/): each case is a small content folder with one
 * thing wrong, and case.json says what the build must report — file, line, field key and label,
 * and words of the fix. Every case goes through the loader's own checks (folderSources /
 * settingsSources → checkSources → formatContentError), exactly what stops `astro build`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COLLECTIONS, SINGLETONS } from './collections';
import { CONTENT_DIR, folderSources, lookupsIn, settingsSources } from './loader';
import { checkSources, formatFileProblems, type FileProblem } from './source-checks';
import { toZodSchema } from './to-zod';

/** Where the corpus lives, relative to the project root. */
export const CORPUS = 'test/bad-content';

/** One expected problem: where, which field, and words its message must contain (Chinese and English). */
interface Expected {
  file: string;
  line: number | null;
  field: string;
  label: string;
  says: string[];
}

/** A corpus case as described by its case.json. */
export interface BadContentCase {
  name: string;
  dir: string;
  what: string;
  /** The file is acceptable as it is (CRLF): the checks must find nothing. */
  accepted?: boolean;
  /** Why the case cannot pass on this branch yet; it is listed but not run. */
  pending?: string;
  expect: Expected[];
}

/** Reads every case of the corpus. */
export function readCorpus(root = process.cwd()): BadContentCase[] {
  const dir = join(root, CORPUS);
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'case.json')))
    .sort()
    .map((name) => ({ name, dir: join(dir, name), ...JSON.parse(readFileSync(join(dir, name, 'case.json'), 'utf8')) }));
}

/** Runs the loader's checks on a case's folder; references resolve against the real project. */
export function checkCase(dir: string): FileProblem[] {
  const lookups = lookupsIn(process.cwd());
  const sets = [
    ...COLLECTIONS.filter((def) => existsSync(join(dir, CONTENT_DIR, def.name))).map((def) =>
      folderSources(def, toZodSchema(def, lookups), dir),
    ),
    ...SINGLETONS.filter((def) => existsSync(join(dir, CONTENT_DIR, def.file))).map((def) =>
      settingsSources(def, toZodSchema(def, lookups)),
    ),
  ];
  return sets.flatMap((set) => checkSources(dir, set));
}

const corpus = readCorpus();
const counts = { rejected: 0, accepted: 0, pending: 0 };

afterAll(() => {
  console.log(
    `bad-input corpus: ${corpus.length} cases — ${counts.rejected} rejected with file, line and field, ` +
      `${counts.accepted} accepted as correct, ${counts.pending} pending (body checks of issue 7 §3)`,
  );
});

describe('the bad-input corpus', () => {
  it('has at least 30 cases that must stop the build', () => {
    expect(corpus.filter((c) => !c.accepted).length).toBeGreaterThanOrEqual(30);
  });

  for (const badCase of corpus) {
    if (badCase.pending) {
      it.todo(`${badCase.name}: ${badCase.what} — pending: ${badCase.pending}`);
      counts.pending++;
      continue;
    }
    it(`${badCase.name}: ${badCase.what}`, () => {
      const found = checkCase(badCase.dir);
      if (badCase.accepted) {
        expect(formatFileProblems(found)).toBe('');
        counts.accepted++;
        return;
      }
      const files = (list: { file: string }[]) => [...new Set(list.map((f) => f.file))].sort();
      expect(files(found)).toEqual(files(badCase.expect.map((e) => ({ file: `${CONTENT_DIR}/${e.file}` }))));
      for (const expected of badCase.expect) {
        const file = `${CONTENT_DIR}/${expected.file}`;
        const message = formatFileProblems(found.filter((f) => f.file === file));
        const [header, ...entries] = message.split('\n');
        expect(header).toMatch(new RegExp(`^内容错误 / Content error: ${escape(file)}(:\\d+)?$`));
        const at = expected.line === null ? '' : `第 ${expected.line} 行 · `;
        // Each entry is a Chinese line and an English line; one of them at this line and field says it all.
        const entry = entries.findIndex(
          (line, i) =>
            line.startsWith(`  • ${at}${expected.label} (${expected.field})：`) &&
            expected.says.every((words) => `${line}\n${entries[i + 1]}`.includes(words)),
        );
        expect(
          entry,
          `no entry for ${at}${expected.label} (${expected.field}) saying ${expected.says}:\n${message}`,
        ).not.toBe(-1);
        expect(entries[entry]).toMatch(/请|删除|改为|改用/);
        expect(entries[entry + 1]).toMatch(/^ {4}(Line \d+: )?[A-Z]/);
      }
      counts.rejected++;
    });
  }
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
