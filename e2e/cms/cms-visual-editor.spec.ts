import { LOAD, choose, logIn, publishNow, readInClone, save, setStatus } from './cms.ts';
import { compose, selectInEditor } from './ime.ts';
import { expect, test } from './live-site.ts';

/** A toolbar button of the visual editor, by its tooltip's start. */
const tool = (page: import('../fixtures.ts').Page, name: string) =>
  page.getByRole('toolbar', { name: '正文格式' }).getByRole('button', { name: new RegExp(`^${name}`) });

test('Chinese typed with an input method into the visual editor is kept exactly', async ({ page, live }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await logIn(page);
  await page.goto('admin/#/collections/articles/new');
  await page.getByLabel('标题', { exact: true }).fill('可视化输入法测试');
  const body = page.getByRole('textbox', { name: '正文' });
  await body.click();
  await compose(page, 'diyiduan', '第一段。'); // into an empty paragraph
  await body.press('Enter');
  await body.press('Enter');
  await compose(page, 'disanduan', '第三段。');
  await selectInEditor(page, 'p', '', 0); // the empty paragraph between the two
  await compose(page, 'dierduan', '第二段。');
  await selectInEditor(page, 'p', '第一段', 2); // mid-paragraph: 第一|段
  await compose(page, 'ge', '个');
  await selectInEditor(page, 'p', '第三段。', 4); // at the end
  await compose(page, 'wan', '完');
  await body.press('Shift+ArrowLeft');
  await compose(page, 'jieshu', '结束'); // over a Shift+← selection
  await page.evaluate(() => navigator.clipboard.writeText('（粘贴的文字）'));
  await body.press('Control+V');
  await compose(page, 'zhuijia', '追加'); // after a paste
  await body.press('Enter');
  await tool(page, '无序列表').click();
  await compose(page, 'liebiao', '列表项'); // in a list item
  await body.press('Enter');
  await body.press('Enter');
  await tool(page, '插入表格').click();
  await compose(page, 'biaotou', '表头'); // in a table cell
  await body.press('Control+End');
  await page.getByRole('button', { name: '＋ 提示框' }).click();
  await page.getByLabel('内容').click();
  await compose(page, 'tishi', '提示内容'); // in a Callout's body
  await page.getByRole('button', { name: '插入提示框' }).click();
  await expect(page.getByRole('group', { name: '提示框' })).toBeVisible();

  const expected = [
    '第一个段。',
    '第二段。',
    '第三段。结束（粘贴的文字）追加',
    '- 列表项',
    '| 表头 |  |  |\n| --- | --- | --- |\n|  |  |  |\n|  |  |  |',
    '<Callout>\n\n提示内容\n\n</Callout>',
  ].join('\n\n');
  // Screenshots of the editor for review: desktop and a 390 px phone.
  for (const [name, width, height] of [
    ['desktop', 1280, 900],
    ['390', 390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.getByRole('toolbar', { name: '正文格式' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath(`visual-editor-${name}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByLabel('发布日期').fill('2026-11-27');
  await page.getByLabel('摘要').fill('可视化编辑中的中文输入应完整保存。');
  await choose(page, '栏目', '党建动态');
  await page.getByLabel('作者').fill('党委宣传部');
  await save(page);
  const slug = '2026-11-27-ke-shi-hua-shu-ru-fa-ce-shi';
  const saved = live.show(`cms/articles/${slug}`, `src/content/articles/${slug}.mdx`);
  expect(saved.slice(saved.indexOf('\n---\n') + 5)).toBe(`${expected}\n`);
});

const TITLE = '支部开展主题党日活动';
const SLUG = '2026-11-28-zhi-bu-kai-zhan-zhu-ti-dang-ri-huo-dong';
const FILE = `src/content/articles/${SLUG}.mdx`;

test('an article written only in the visual editor is published exactly as shown', async ({ page, live, watch }) => {
  watch.allowedErrors.push(/404 \(Not Found\) \S+\/uploads\/hui-chang-zhao-pian-\d{8}-\d{6}\.png$/);
  page.on('dialog', (dialog) => dialog.accept());
  await logIn(page);
  await page.goto('admin/#/collections/articles/new');
  await page.getByLabel('标题', { exact: true }).fill(TITLE);
  await page.getByLabel('发布日期').fill('2026-11-28');
  await page.getByLabel('摘要').fill('支部组织党员开展主题党日活动，重温入党誓词。');
  await choose(page, '栏目', '支部风采');
  await page.getByLabel('作者').fill('学生第一党支部');

  const body = page.getByRole('textbox', { name: '正文' });
  await body.click();
  await tool(page, '二级标题').click();
  await body.pressSequentially('活动概况');
  await body.press('Enter');
  await body.pressSequentially('本次活动');
  await tool(page, '粗体').click();
  await body.pressSequentially('重温入党誓词');
  await tool(page, '粗体').click();
  await body.pressSequentially('，大家{学习}热情高涨，<3 小时完成。');
  await body.press('Enter');
  await tool(page, '二级标题').click();
  await body.pressSequentially('活动安排');
  await body.press('Enter');
  await tool(page, '无序列表').click();
  await body.pressSequentially('集中学习');
  await body.press('Enter');
  await body.pressSequentially('交流研讨');
  await body.press('Enter');
  await body.press('Enter');
  await tool(page, '插入表格').click();
  const cells = ['环节', '时间', '地点', '学习', '上午', '会议室', '研讨', '下午', '活动室'];
  for (const [i, cell] of cells.entries()) {
    await body.pressSequentially(cell);
    if (i < cells.length - 1) await body.press('Tab');
  }
  await body.press('Control+End');

  // An image from the media library, with its description.
  await page.getByRole('button', { name: '图片', exact: true }).click();
  await page.getByRole('button', { name: '选择或上传图片' }).click();
  await page.locator('input[type="file"]').setInputFiles('e2e/cms/files/会场照片.png');
  const card = page.getByText(/^hui-chang-zhao-pian-\d{8}-\d{6}\.png$/);
  await expect(card).toBeVisible();
  const imageName = (await card.textContent())!;
  await page.getByRole('button', { name: '选用已选中项目' }).click();
  await page.getByLabel('图片描述').fill('主题党日活动现场');
  await page.getByRole('button', { name: '插入图片' }).click();
  await body.press('Control+End');
  await page.getByRole('button', { name: '＋ 提示框' }).click();
  await page.getByLabel('类型').selectOption('tip');
  await page.getByLabel('内容').fill('请各党员按时提交心得体会。');
  await page.getByRole('button', { name: '插入提示框' }).click();
  await expect(page.getByRole('group', { name: '提示框' })).toBeVisible();

  const expected = [
    '## 活动概况',
    '本次活动**重温入党誓词**，大家\\{学习\\}热情高涨，\\<3 小时完成。',
    '## 活动安排',
    '- 集中学习\n- 交流研讨',
    '| 环节 | 时间 | 地点 |\n| --- | --- | --- |\n| 学习 | 上午 | 会议室 |\n| 研讨 | 下午 | 活动室 |',
    `<Figure src="/uploads/${imageName}" alt="主题党日活动现场" />`,
    '<Callout type="tip">\n\n请各党员按时提交心得体会。\n\n</Callout>',
  ].join('\n\n');
  // What the editor shows is what the preview shows.
  const preview = page.locator('iframe').first().contentFrame();
  await expect(preview.getByText('请各党员按时提交心得体会。')).toBeVisible({ timeout: LOAD });
  await expect(preview.getByText('大家{学习}热情高涨，<3 小时完成。', { exact: false })).toBeVisible();
  await save(page);
  await setStatus(page, '待审核');
  await setStatus(page, '待发布');
  await publishNow(page);
  const committed = readInClone(live.root, FILE);
  expect(committed.slice(committed.indexOf('\n---\n') + 5)).toBe(`${expected}\n`);

  const head = live.git('rev-parse', 'main');
  await expect.poll(() => live.lives.some((l) => l.commit === head), { timeout: 90_000 }).toBe(true);
  await page.goto(`articles/${SLUG}/`);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const article = page.locator('.prose-zh');
  await expect(article.getByRole('heading', { level: 2 })).toHaveText(['活动概况', '活动安排']);
  await expect(article.locator('strong', { hasText: '重温入党誓词' })).toBeVisible();
  await expect(article.getByText('大家{学习}热情高涨，<3 小时完成。', { exact: false })).toBeVisible();
  await expect(article.locator('li')).toHaveText(['集中学习', '交流研讨']);
  await expect(article.locator('table tr')).toHaveCount(3);
  await expect(article.locator('td').last()).toHaveText('活动室');
  await expect(article.locator(`img[src$="/uploads/${imageName}"]`)).toHaveAttribute('alt', '主题党日活动现场');
  await expect(article.getByText('请各党员按时提交心得体会。')).toBeVisible();
});
