import { readFileSync } from 'node:fs';
import { LOAD, choose, logIn, save, sourceMode } from './cms.ts';
import { compose, select } from './ime.ts';
import { expect, test } from './live-site.ts';

test('Chinese typed with an input method is kept exactly, in the title and the body', async ({ page, live }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await logIn(page);
  await page.goto('admin/#/collections/articles/new');

  const title = page.getByLabel('标题', { exact: true });
  await title.click();
  await compose(page, 'dangjian', '党建'); // into an empty field
  await compose(page, 'gongzuo', '工作'); // at the end
  await select(page, 2);
  await compose(page, 'zhongdian', '重点'); // in the middle
  await expect(title).toHaveValue('党建重点工作');
  for (let round = 0; round < 3; round++) {
    // Over a selection made with Shift+←: the composition replaces it.
    await title.press('End');
    await title.press('Shift+ArrowLeft');
    await title.press('Shift+ArrowLeft');
    await compose(page, 'renwu', '任务');
    await expect(title).toHaveValue('党建重点任务');
    await title.press('End');
    await title.press('Shift+ArrowLeft');
    await title.press('Shift+ArrowLeft');
    await compose(page, 'gongzuo', '工作');
    await expect(title).toHaveValue('党建重点工作');
  }

  await sourceMode(page);
  const body = page.getByLabel('正文');
  await body.fill('第一段。\n\n\n\n第三段。');
  await body.click();
  await select(page, 6); // the empty paragraph between the two
  await compose(page, 'dierduan', '第二段。');
  await select(page, 2); // mid-paragraph: 第一|段
  await compose(page, 'ge', '个');
  await body.press('Control+End');
  await compose(page, 'wan', '完'); // at the end
  await body.press('Shift+ArrowLeft');
  await compose(page, 'jieshu', '结束'); // over a selection
  // After a paste, as from Word: the pasted text and the composition that follows both stay.
  await page.evaluate(() => navigator.clipboard.writeText('（粘贴的文字）'));
  await body.press('Control+V');
  await compose(page, 'zhuijia', '追加');
  const expectedBody = '第一个段。\n\n第二段。\n\n第三段。结束（粘贴的文字）追加';
  await expect(body).toHaveValue(expectedBody);

  // What the CMS saves is what was typed.
  await page.getByLabel('发布日期').fill('2026-11-26');
  await page.getByLabel('摘要').fill('输入法测试：标题和正文中的中文输入都应完整保存。');
  await choose(page, '栏目', '党建动态');
  await page.getByLabel('作者').fill('党委宣传部');
  await save(page);
  const slug = '2026-11-26-dang-jian-zhong-dian-gong-zuo';
  const saved = live.show(`cms/articles/${slug}`, `src/content/articles/${slug}.mdx`);
  expect(saved).toContain('\ntitle: 党建重点工作\n');
  expect(saved.endsWith(`\n---\n${expectedBody}\n`)).toBe(true);
});

test('an upload with the name of an existing file is stored beside it, never over it', async ({ page, live }) => {
  await logIn(page);
  await page.getByRole('button', { name: '媒体' }).click();
  const names: string[] = [];
  for (let i = 0; i < 2; i++) {
    await page.locator('input[type="file"]').setInputFiles('e2e/cms/files/会场照片.png');
    await expect(page.getByText(/^hui-chang-zhao-pian-\d{8}-\d{6}(-2)?\.png$/)).toHaveCount(i + 1, {
      timeout: 20_000,
    });
  }
  names.push(...(await page.getByText(/^hui-chang-zhao-pian-/).allTextContents()));
  expect(new Set(names).size).toBe(2);
  const original = readFileSync('e2e/cms/files/会场照片.png');
  for (const name of names) {
    expect(readFileSync(`${live.root}/public/uploads/${name}`).equals(original)).toBe(true);
  }
  const uploads = live.git('log', '--format=%s', 'main', '-2').split('\n').sort();
  expect(uploads).toEqual(names.map((n) => `上传文件：public/uploads/${n}`).sort());
});

test('saving an entry changes only what was edited: the body stays byte for byte', async ({ page, live }) => {
  await logIn(page);
  // One article with a table, one with a component.
  for (const id of ['2026-democratic-appraisal-notice', '2026-quality-of-three-meetings-one-lesson']) {
    const file = `src/content/articles/${id}.mdx`;
    const original = readFileSync(`${live.root}/${file}`, 'utf8');
    // Decap keeps showing the previous entry when only the URL's hash changes: load the page anew.
    await page.goto(`admin/#/collections/articles/entries/${id}`);
    await page.reload();
    const title = /^title: (.*)$/m.exec(original)![1]!;
    await expect(page.getByLabel('标题', { exact: true })).toHaveValue(title, { timeout: LOAD });
    const summary = page.getByLabel('摘要');
    const before = await summary.inputValue();
    await summary.fill(`${before}（修订）`);
    await save(page);
    const saved = live.show(`cms/articles/${id}`, file);
    expect(saved).toBe(original.replace(`summary: ${before}\n`, `summary: ${before}（修订）\n`));
  }
});
