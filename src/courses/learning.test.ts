import { describe, expect, it } from 'vitest';
import {
  clearRecord,
  courseSummary,
  emptyRecord,
  isCorrect,
  lessonSummary,
  loadRecord,
  markOpened,
  parseRecord,
  questionText,
  recordAnswer,
  saveRecord,
  STORAGE_KEY,
} from './learning.ts';

const NOW = new Date('2026-11-25T02:00:00Z');
const where = (question: number) => ({ lesson: 'l1', course: 'c', question });

describe('parseRecord', () => {
  it.each([null, '', 'not json', '{"version":2,"lessons":{}}', '[]', '{"version":1,"lessons":null}'])(
    'treats %j as empty',
    (text) => expect(parseRecord(text)).toEqual(emptyRecord()),
  );
  it('reads a saved record back', () => {
    const record = recordAnswer(emptyRecord(), where(0), [1], [1], NOW);
    expect(parseRecord(JSON.stringify(record))).toEqual(record);
  });
});

describe('isCorrect', () => {
  it.each([
    [[1], [1], true],
    [[0], [1], false],
    [[2, 0, 1], [0, 1, 2], true],
    [[0, 1], [0, 1, 2], false],
    [[0, 1, 2, 3], [0, 1, 2], false],
  ])('%j for %j is %s', (chosen, answer, right) => expect(isCorrect(chosen, answer)).toBe(right));
});

describe('recording progress', () => {
  it('keeps the first opening time', () => {
    const once = markOpened(emptyRecord(), 'l1', 'c', NOW);
    const twice = markOpened(once, 'l1', 'c', new Date('2026-12-01T00:00:00Z'));
    expect(twice.lessons.l1?.openedAt).toBe(NOW.toISOString());
  });
  it('scores answers, a new answer replacing the old one, and does not mutate', () => {
    const start = emptyRecord();
    let record = recordAnswer(start, where(0), [0], [1], NOW);
    record = recordAnswer(record, where(1), [2, 0], [0, 2], NOW);
    expect(lessonSummary(record.lessons.l1, 3)).toEqual({
      opened: true,
      answered: 2,
      right: 1,
      questions: 3,
      done: false,
    });
    record = recordAnswer(record, where(0), [1], [1], NOW);
    record = recordAnswer(record, where(2), [3], [1], NOW);
    expect(lessonSummary(record.lessons.l1, 3)).toMatchObject({ answered: 3, right: 2, done: true });
    expect(record.lessons.l1?.answers['1']).toEqual([0, 2]);
    expect(start).toEqual(emptyRecord());
  });
  it('counts a lesson without questions as done once opened', () => {
    const record = markOpened(emptyRecord(), 'l2', 'c', NOW);
    expect(
      courseSummary(record, [
        { id: 'l1', questions: 2 },
        { id: 'l2', questions: 0 },
      ]),
    ).toEqual({ done: 1, total: 2, percent: 50 });
  });
});

describe('questionText', () => {
  it.each([
    ['“三会一课”中的“三会”是指哪些会议？（多选）', '“三会一课”中的“三会”是指哪些会议？'],
    ['哪一项正确？ (单选题) ', '哪一项正确？'],
    ['多选题怎样作答？', '多选题怎样作答？'],
    ['（多选）在开头不算', '（多选）在开头不算'],
  ])('%j → %j', (question, text) => expect(questionText(question)).toBe(text));
});

describe('the stored record', () => {
  it('is read, kept and cleared under one key, and a corrupt one reads as empty', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    };
    expect(loadRecord(storage)).toEqual(emptyRecord());
    const record = markOpened(emptyRecord(), 'l1', 'c1', new Date('2026-11-25T02:00:00Z'));
    saveRecord(record, storage);
    expect(loadRecord(storage)).toEqual(record);
    store.set(STORAGE_KEY, '{broken');
    expect(loadRecord(storage)).toEqual(emptyRecord());
    clearRecord(storage);
    expect(store.size).toBe(0);
  });
});
