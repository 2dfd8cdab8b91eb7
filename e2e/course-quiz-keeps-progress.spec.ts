import { readFile } from 'node:fs/promises';
import { captionCues, entries, headings, lessonsOf, quiz, type Question } from './content.ts';
import { expect, test } from './fixtures.ts';

/** A quiz option as the lesson labels it: `B. 全心全意为人民服务`. */
const label = (q: Question, option: number) => `${String.fromCharCode(65 + option)}. ${q.options[option]}`;
const single = (q: Question) => q.answer.length === 1;

/** Every published lesson with its course, in course and lesson order. */
const lessons = entries('courses').flatMap((course) => lessonsOf(course.id).map((lesson) => ({ course, lesson })));

/** A lesson whose quiz has a single-choice question with an explanation and a multiple-choice one. */
const quizzed = lessons
  .map(({ course, lesson }) => {
    const questions = quiz(lesson.id);
    const one = questions.findIndex((q) => single(q) && q.explanation);
    const many = questions.findIndex((q) => !single(q));
    return { course, lesson, questions, one, many };
  })
  .find((l) => l.one >= 0 && l.many >= 0);

test('a quiz gives instant feedback, survives a reload, shows on the course page and exports', async ({ page }) => {
  test.skip(!quizzed, 'no lesson of the content has a single- and a multiple-choice question');
  const { course, lesson, questions, one, many } = quizzed!;
  const right = questions[one]!;
  const multiple = questions[many]!;
  const score = `已答 2/${questions.length} 题，答对 1 题`;

  await page.goto(`courses/${course.id}/${lesson.id}/`);
  const first = page.locator('.quiz-question').nth(one);
  await first.getByLabel(label(right, right.answer[0]!)).check();
  await first.getByRole('button', { name: '检查答案' }).click();
  await expect(first.locator('.quiz-result')).toHaveText('✓ 回答正确');
  await expect(first.getByText(right.explanation!)).toBeVisible();

  // Multiple choice: all right options but one is wrong.
  const third = page.locator('.quiz-question').nth(many);
  for (const option of multiple.answer.slice(0, -1)) await third.getByLabel(label(multiple, option)).check();
  await third.getByRole('button', { name: '检查答案' }).click();
  await expect(third.locator('.quiz-result')).toHaveText('✗ 回答错误');
  await expect(page.locator('[data-quiz-score]')).toHaveText(score);

  await page.reload();
  await expect(page.locator('[data-quiz-score]')).toHaveText(score);
  await expect(first.getByLabel(label(right, right.answer[0]!))).toBeChecked();
  await expect(third.locator('.quiz-result')).toHaveText('✗ 回答错误');

  await page.goto(`courses/${course.id}/`);
  const row = page.locator(`[data-lesson="${lesson.id}"] [data-lesson-status]`);
  await expect(row).toHaveText('学习中（已答 2 题）');
  await expect(page.locator('[data-course-summary]')).toHaveText(
    `共 ${lessonsOf(course.id).length} 讲，已完成 0 讲（0%）`,
  );

  await page.goto('my/');
  await expect(page.locator('[data-lesson-status="opened"]')).toHaveCount(1);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出学习记录（JSON）' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^xinhuo-learning-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(exported.lessons[lesson.id].correct).toEqual({ [one]: true, [many]: false });

  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '清除学习记录' }).click();
  await expect(page.getByText('还没有学习记录。')).toBeVisible();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

/** A lesson with a quiz and a section heading in its text. */
const readable = lessons.find(({ lesson }) => quiz(lesson.id).length > 0 && headings('lessons', lesson.id).length > 0);

test('the lesson reads without JavaScript, answers behind a disclosure', async ({ browser, baseURL }) => {
  test.skip(!readable, 'no lesson of the content has a quiz and a section heading');
  const { course, lesson } = readable!;
  const [q] = quiz(lesson.id);
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(`courses/${course.id}/${lesson.id}/`);
  await expect(page.getByRole('heading', { name: headings('lessons', lesson.id)[0]!.text, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '检查答案' })).toHaveCount(0);
  const first = page.locator('.quiz-question').first();
  await first.getByText('查看答案与解析').click();
  const letters = q!.answer.map((a) => String.fromCharCode(65 + a)).join('、');
  await expect(first.getByText(`正确答案：${letters}。`)).toBeVisible();
  await context.close();
});

/** A lesson with a video and its captions. */
const captioned = lessons.find(({ lesson }) => lesson.data.video && lesson.data.captions);

test('the lesson video has captions and plays in Chromium', async ({ page }) => {
  test.skip(!captioned, 'no lesson of the content has a captioned video');
  const { course, lesson } = captioned!;
  const cues = captionCues(String(lesson.data.captions));
  await page.goto(`courses/${course.id}/${lesson.id}/`);
  const video = page.locator('video');
  await expect(video.locator('track[kind="captions"][srclang="zh"][default]')).toHaveCount(1);
  const start = await video.evaluate(async (v: HTMLVideoElement) => {
    v.muted = true;
    await v.play();
    return v.currentTime;
  });
  // It plays on: half a second of the video goes by (however long that takes on a loaded machine).
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement, from) => v.currentTime - from, start))
    .toBeGreaterThan(0.5);
  const state = await video.evaluate((v: HTMLVideoElement) => {
    const track = v.textTracks[0];
    return {
      readyState: v.readyState,
      duration: v.duration,
      error: v.error?.code ?? null,
      trackMode: track?.mode,
    };
  });
  expect(state.error).toBeNull();
  expect(state.readyState).toBeGreaterThanOrEqual(2);
  // The whole video loaded: it runs at least until its last caption.
  expect(state.duration).toBeGreaterThan(cues.at(-1)!);
  expect(state.trackMode).toBe('showing');
  // The captions file loads beside the video: every cue arrives.
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => v.textTracks[0]?.cues?.length ?? 0))
    .toBe(cues.length);
});
