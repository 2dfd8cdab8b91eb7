import { expect, test, type Page } from './fixtures.ts';

const openDialog = async (page: Page) => {
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: '搜索全站' });
  await expect(dialog).toBeVisible();
  return dialog;
};

test('the quick-search dialog opens with Ctrl+K and lists results as the reader types', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('');
  await page.waitForLoadState('networkidle');
  expect(
    requests.filter((u) => u.includes('/pagefind/')),
    'no search code before searching',
  ).toEqual([]);

  const dialog = await openDialog(page);
  const input = dialog.getByRole('combobox', { name: '搜索关键词' });
  await expect(input).toBeFocused();
  await input.fill('三会一课');
  const options = dialog.getByRole('option');
  await expect(options.first()).toContainText('三会一课');
  await expect(dialog.getByRole('status')).toContainText(/找到 \d+ 条结果/);
  expect(requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);

  // Keyboard only: ArrowDown marks the first option, Enter opens it.
  await input.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', 'quick-search-option-0');
  await input.press('Enter');
  await expect(page).toHaveURL(/hl=/);
  await expect(page.locator('mark[data-search-hit]').first()).toBeInViewport();
  await expect(page.locator('mark[data-search-hit]').first()).toHaveText('三会一课');
});

test('the slash key opens the dialog, Escape closes it', async ({ page }) => {
  await page.goto('articles/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: '搜索全站' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the search link works as a plain link to the search page', async ({ page }) => {
  await page.goto('');
  const link = page.getByRole('link', { name: '搜索' }).first();
  expect(await link.getAttribute('href')).toMatch(/search\/$/);
});

test('Traditional and Simplified queries find each other', async ({ page }) => {
  // Traditional query, Simplified text.
  await page.goto('search/?q=黨史學習教育');
  await expect(page.locator('[data-search-list] li').first()).toContainText('党史学习教育');
  // Simplified query, Traditional text (a quotation marked lang="zh-Hant").
  await page.goto('search/?q=网络教学资源');
  const first = page.locator('[data-search-list] li').first();
  await expect(first).toContainText('澳门');
  await first.getByRole('link').first().click();
  const hit = page.locator('mark[data-search-hit]').first();
  await expect(hit).toHaveText('網路教學資源');
  await expect(hit).toBeInViewport();
});

test('filters, sort and the query live in the URL, and Back replays them', async ({ page }) => {
  await page.goto('search/?q=党员');
  const results = page.locator('[data-search-list] > li');
  await expect(results.first()).toBeVisible();
  const status = page.getByRole('status');
  await expect(status).toContainText(/共 \d+ 条/);
  const all = Number(/共 (\d+) 条/.exec((await status.textContent()) ?? '')?.[1]);
  expect(all).toBeGreaterThan(10);
  await expect(page.getByRole('button', { name: '显示更多结果' })).toBeVisible();

  const type = page.getByRole('combobox', { name: '类型' });
  await expect(type.locator('option', { hasText: /^学习资料（\d+）$/ })).toHaveCount(1);
  await type.selectOption('学习资料');
  await expect(page).toHaveURL(/type=%E5%AD%A6%E4%B9%A0%E8%B5%84%E6%96%99/);
  await expect(status).toHaveText(new RegExp(`共 (?!${all} )\\d+ 条`));
  const filtered = Number(/共 (\d+) 条/.exec((await status.textContent()) ?? '')?.[1]);
  expect(filtered).toBeLessThan(all);
  for (const item of await results.all()) await expect(item).toContainText('学习资料');

  await page.getByRole('combobox', { name: '排序' }).selectOption('date');
  await expect(page).toHaveURL(/sort=date/);
  await expect(status).toContainText('按发布时间排列');
  const dates = await results.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(1);
  expect([...dates].sort().reverse()).toEqual(dates);

  await page.goBack();
  await expect(page).not.toHaveURL(/sort=date/);
  await expect(page.getByRole('combobox', { name: '排序' })).toHaveValue('');
  await page.goBack();
  await expect(type).toHaveValue('');
  await expect(status).toContainText(`共 ${all} 条`);
});

test('a phrase found only inside a PDF attachment finds the material and names the file', async ({ page }) => {
  await page.goto('search/?q=低年级学生中做好入党启蒙教育');
  const first = page.locator('[data-search-list] > li').first();
  await expect(first).toContainText('关于做好2026年发展党员工作的实施意见');
  const attachment = first.getByRole('link', { name: /附件：.*\.pdf/ });
  await expect(attachment).toBeVisible();
  await attachment.click();
  await expect(page).toHaveURL(/materials\/party-member-development-implementation-2026\/\?hl=.*#attachment-\d/);
});

test('a search with no result says so and suggests what to do', async ({ page }) => {
  await page.goto('search/?q=火星探测器');
  await expect(page.getByRole('status')).toContainText('没有找到');
  await expect(page.getByRole('heading', { name: '没有找到相关内容' })).toBeVisible();
  await expect(page.locator('[data-search-list] > li')).toHaveCount(0);
});

test('the search page is usable with the keyboard alone', async ({ page }) => {
  await page.goto('search/');
  await page.keyboard.press('/');
  const input = page.getByRole('searchbox', { name: '搜索关键词' });
  await expect(input).toBeFocused();
  await page.keyboard.type('主题党日');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/q=%E4%B8%BB%E9%A2%98%E5%85%9A%E6%97%A5/);
  const firstLink = page.locator('[data-search-list] a').first();
  await expect(firstLink).toBeVisible();
  await firstLink.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('mark[data-search-hit]').first()).toBeVisible();
});

test('organizational-life records and lessons are searchable with their own filters', async ({ page }) => {
  await page.goto('search/?q=支委会&type=组织生活');
  const results = page.locator('[data-search-list] > li');
  await expect(page.getByRole('status')).toContainText(/共 \d+ 条/);
  expect(await results.count()).toBeGreaterThan(0);
  for (const item of await results.all()) await expect(item).toContainText('组织生活');
  await expect(
    page.getByRole('combobox', { name: '栏目' }).locator('option', { hasText: /^支委会（\d+）$/ }),
  ).toHaveCount(1);

  await page.goto('search/?q=入党申请&type=课时');
  await expect(results.first()).toContainText('入党积极分子培训必修课');
});
