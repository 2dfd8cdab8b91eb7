import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';

const COURSE = 'courses/party-basics-2026/';
const LESSON = `${COURSE}party-basics-01-nature-and-purpose/`;

test('a quiz gives instant feedback, survives a reload, shows on the course page and exports', async ({ page }) => {
  await page.goto(LESSON);
  const first = page.locator('.quiz-question').nth(0);
  await first.getByLabel('B. 全心全意为人民服务').check();
  await first.getByRole('button', { name: '检查答案' }).click();
  await expect(first.locator('.quiz-result')).toHaveText('✓ 回答正确');
  await expect(first.getByText(/全心全意为人民服务是党的根本宗旨/)).toBeVisible();

  // Multiple choice: two of the three right options is wrong.
  const third = page.locator('.quiz-question').nth(2);
  await third.getByLabel('A. 中国工人阶级的先锋队').check();
  await third.getByLabel('B. 中国人民的先锋队').check();
  await third.getByRole('button', { name: '检查答案' }).click();
  await expect(third.locator('.quiz-result')).toHaveText('✗ 回答错误');
  await expect(page.locator('[data-quiz-score]')).toHaveText('已答 2/4 题，答对 1 题');

  await page.reload();
  await expect(page.locator('[data-quiz-score]')).toHaveText('已答 2/4 题，答对 1 题');
  await expect(first.getByLabel('B. 全心全意为人民服务')).toBeChecked();
  await expect(third.locator('.quiz-result')).toHaveText('✗ 回答错误');

  await page.goto(COURSE);
  const row = page.locator('[data-lesson="party-basics-01-nature-and-purpose"] [data-lesson-status]');
  await expect(row).toHaveText('学习中（已答 2 题）');
  await expect(page.locator('[data-course-summary]')).toHaveText('共 4 讲，已完成 0 讲（0%）');

  await page.goto('my/');
  await expect(page.locator('[data-lesson-status="opened"]')).toHaveCount(1);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出学习记录（JSON）' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^xinhuo-learning-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(exported.lessons['party-basics-01-nature-and-purpose'].correct).toEqual({ '0': true, '2': false });

  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '清除学习记录' }).click();
  await expect(page.getByText('还没有学习记录。')).toBeVisible();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test('the lesson reads without JavaScript, answers behind a disclosure', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(LESSON);
  await expect(page.getByRole('heading', { name: '二、党的性质' })).toBeVisible();
  await expect(page.getByRole('button', { name: '检查答案' })).toHaveCount(0);
  await page.getByText('查看答案与解析').first().click();
  await expect(page.getByText(/正确答案：B。/)).toBeVisible();
  await context.close();
});

test('the lesson video has captions and plays in Chromium', async ({ page }) => {
  await page.goto(LESSON);
  const video = page.locator('video');
  await expect(video.locator('track[kind="captions"][srclang="zh"][default]')).toHaveCount(1);
  const state = await video.evaluate(async (v: HTMLVideoElement) => {
    v.muted = true;
    await v.play();
    const start = v.currentTime;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const track = v.textTracks[0];
    return {
      readyState: v.readyState,
      advanced: v.currentTime - start,
      duration: v.duration,
      error: v.error?.code ?? null,
      trackMode: track?.mode,
      cues: track?.cues?.length ?? 0,
    };
  });
  expect(state.error).toBeNull();
  expect(state.readyState).toBeGreaterThanOrEqual(2);
  expect(state.advanced).toBeGreaterThan(0.5);
  expect(state.duration).toBeGreaterThan(20);
  expect(state.trackMode).toBe('showing');
  expect(state.cues).toBe(5);
});
