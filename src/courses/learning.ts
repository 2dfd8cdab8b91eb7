/**
 * The reader's learning record (我的学习): which lessons were opened, which quiz questions were
 * answered and how. It lives in the reader's browser (localStorage) only; these pure functions
 * read, update and summarise it, and the page scripts do the storing.
 */

/** localStorage key of the record. */
export const STORAGE_KEY = 'xinhuo:learning:v1';

/** One lesson's progress. */
export interface LessonProgress {
  course: string;
  /** ISO time the lesson was first opened. */
  openedAt: string;
  /** Chosen option indexes per answered question (by question index). */
  answers: Record<string, number[]>;
  /** Whether each answered question was right. */
  correct: Record<string, boolean>;
}

/** The whole record, by lesson id. */
export interface LearningRecord {
  version: 1;
  lessons: Record<string, LessonProgress>;
}

/** A course as 我的学习 names and links it: the page hands the catalogue to its script as JSON. */
export interface CatalogueCourse {
  id: string;
  title: string;
  hours: number;
  url: string;
  lessons: { id: string; title: string; url: string; questions: number }[];
}

export const emptyRecord = (): LearningRecord => ({ version: 1, lessons: {} });

/** Reads a stored record; anything unreadable counts as empty (the reader loses nothing else). */
export function parseRecord(text: string | null): LearningRecord {
  if (!text) return emptyRecord();
  try {
    const value: unknown = JSON.parse(text);
    if (
      typeof value === 'object' &&
      value !== null &&
      'version' in value &&
      value.version === 1 &&
      'lessons' in value
    ) {
      const lessons = (value as LearningRecord).lessons;
      if (typeof lessons === 'object' && lessons !== null) return { version: 1, lessons };
    }
  } catch {
    // fall through: a corrupt record is replaced
  }
  return emptyRecord();
}

/** The record kept in `storage` (the browser's localStorage). */
export const loadRecord = (storage: Pick<Storage, 'getItem'> = localStorage): LearningRecord =>
  parseRecord(storage.getItem(STORAGE_KEY));

/** Keeps the record in `storage`. */
export const saveRecord = (record: LearningRecord, storage: Pick<Storage, 'setItem'> = localStorage): void =>
  storage.setItem(STORAGE_KEY, JSON.stringify(record));

/** Forgets the record (the reader's 清除记录). */
export const clearRecord = (storage: Pick<Storage, 'removeItem'> = localStorage): void =>
  storage.removeItem(STORAGE_KEY);

/** The record with a lesson marked as opened (keeps the first opening time). */
export function markOpened(record: LearningRecord, lesson: string, course: string, now: Date): LearningRecord {
  if (record.lessons[lesson]) return record;
  const progress: LessonProgress = { course, openedAt: now.toISOString(), answers: {}, correct: {} };
  return { ...record, lessons: { ...record.lessons, [lesson]: progress } };
}

/** Whether a choice is exactly the set of correct options. */
export function isCorrect(chosen: readonly number[], answer: readonly number[]): boolean {
  const a = new Set(answer);
  return chosen.length === a.size && chosen.every((c) => a.has(c));
}

/** The record with one quiz answer saved (a later answer to the same question replaces it). */
export function recordAnswer(
  record: LearningRecord,
  where: { lesson: string; course: string; question: number },
  chosen: readonly number[],
  answer: readonly number[],
  now: Date,
): LearningRecord {
  const opened = markOpened(record, where.lesson, where.course, now);
  const progress = opened.lessons[where.lesson]!;
  const key = String(where.question);
  return {
    ...opened,
    lessons: {
      ...opened.lessons,
      [where.lesson]: {
        ...progress,
        answers: { ...progress.answers, [key]: [...chosen].sort((x, y) => x - y) },
        correct: { ...progress.correct, [key]: isCorrect(chosen, answer) },
      },
    },
  };
}

/** A lesson's quiz score and whether it is done (opened, and every question answered). */
export function lessonSummary(progress: LessonProgress | undefined, questions: number) {
  const answered = progress ? Object.keys(progress.answers).length : 0;
  const right = progress ? Object.values(progress.correct).filter(Boolean).length : 0;
  return { opened: Boolean(progress), answered, right, questions, done: Boolean(progress) && answered >= questions };
}

/** Lessons done out of a course's lessons (ids with their question counts). */
export function courseSummary(record: LearningRecord, lessons: readonly { id: string; questions: number }[]) {
  const done = lessons.filter((l) => lessonSummary(record.lessons[l.id], l.questions).done).length;
  return { done, total: lessons.length, percent: lessons.length ? Math.round((done / lessons.length) * 100) : 0 };
}

/** A question's text without the （单选）/（多选） an editor may have typed: the quiz adds its own. */
export function questionText(question: string): string {
  return question.replace(/\s*[（(]\s*[单多]选(?:题)?\s*[）)]\s*$/u, '').trim();
}
