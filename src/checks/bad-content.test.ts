/**
 * The bad-input corpus (test/bad-content/<case>/): each case is a small content folder with one
 * thing wrong, and case.json says what the build must report — file, line, field key and label,
 * and words of the fix. Every case goes through the loader's own checks (folderSources /
 * settingsSources → checkSources → formatContentError), exactly what stops `astro build`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_DIR } from './loader.ts';
import { formatFileProblems } from './source-checks.ts';
import { checkCase, readCorpus } from './test-corpus.ts';

const corpus = readCorpus();
const counts = { rejected: 0, accepted: 0, pending: 0 };

afterAll(() => {
  console.log(
    `bad-input corpus: ${corpus.length} cases — ${counts.rejected} rejected with file, line and field, ` +
      `${counts.accepted} accepted as correct, ${counts.pending} pending`,
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
