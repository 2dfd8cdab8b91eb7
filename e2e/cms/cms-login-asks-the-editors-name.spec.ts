import { EDITOR, LOAD } from './cms.ts';
import { expect, test } from './live-site.ts';

for (const width of [1280, 390]) {
  test(`the login page shows 薪火 and asks the editor's name once (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('admin/');
    await expect(page.getByRole('heading', { level: 1, name: '薪火' })).toBeVisible({ timeout: LOAD });
    const button = page.getByRole('button', { name: '登录' });
    const name = page.getByLabel('您的姓名');
    // Nothing overlaps the button.
    const box = (await button.boundingBox())!;
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('button')?.textContent,
      [box.x + box.width / 2, box.y + box.height / 2],
    );
    expect(hit).toBe('登录');
    await page.screenshot({ path: test.info().outputPath(`login-${width}.png`) });

    await button.click();
    await expect(page.getByRole('alert')).toHaveText('请填写您的姓名，每次保存都会以此记入修改历史。');
    await name.fill(`  ${EDITOR} `);
    await button.click();
    await expect(page.getByRole('link', { name: /工作流/ })).toBeVisible({ timeout: LOAD });
    // The top bar names the site by its address, not by a lone “/”.
    const bar = await page.locator('header').first().innerText();
    expect(bar).not.toMatch(/(^|\s)\/(\s|$)/);
    await expect(page.locator('header').getByRole('link', { name: /^127\.0\.0\.1:\d+\/$/ })).toBeVisible();
    await page.goto('admin/#/collections/articles/new');
    await expect(page.getByLabel('标题', { exact: true })).toBeVisible({ timeout: LOAD });
    await page.screenshot({ path: test.info().outputPath(`editor-${width}.png`), fullPage: false });

    // Remembered: after a reload the CMS opens without asking again.
    await page.reload();
    await expect(page.getByLabel('标题', { exact: true })).toBeVisible({ timeout: LOAD });
    await expect(name).toHaveCount(0);
  });
}
