import { ACCOUNTS, LOAD, PASSWORD } from './cms.ts';
import { expect, test } from './live-site.ts';

for (const width of [1280, 390]) {
  test(`the login page shows 薪火 and signs in with an account only (${width} px)`, async ({ page, watch }) => {
    // The wrong password below is answered 401, which the browser logs.
    // So are the requests of the CMS once its cookie is gone (the end of the test).
    watch.allowedErrors.push(
      /status of 401 \(Unauthorized\) http:\/\/127\.0\.0\.1:\d+\/api\/(xinhuo\/(login|session|status)|v1)\/$/,
    );
    await page.setViewportSize({ width, height: 800 });
    await page.goto('admin/');
    await expect(page.getByRole('heading', { level: 1, name: '薪火' })).toBeVisible({ timeout: LOAD });
    const button = page.getByRole('button', { name: '登录' });
    // Nothing overlaps the button.
    const box = (await button.boundingBox())!;
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('button')?.textContent,
      [box.x + box.width / 2, box.y + box.height / 2],
    );
    expect(hit).toBe('登录');
    await page.screenshot({ path: test.info().outputPath(`login-${width}.png`) });

    await button.click();
    await expect(page.getByRole('alert')).toHaveText('请填写用户名。');
    await page.getByLabel('用户名').fill(ACCOUNTS.reviewer.username);
    await page.getByLabel('密码').fill('not-the-password-2026');
    await button.click();
    await expect(page.getByRole('alert')).toHaveText('用户名或密码不对，或账号已停用。', { timeout: LOAD });
    await page.getByLabel('密码').fill(PASSWORD);
    await button.click();
    await expect(page.getByRole('link', { name: /工作流/ })).toBeVisible({ timeout: LOAD });
    // The top bar names the site by its address, not by a lone “/”.
    const bar = await page.locator('header').first().innerText();
    expect(bar).not.toMatch(/(^|\s)\/(\s|$)/);
    await page.goto('admin/#/collections/articles/new');
    await expect(page.getByLabel('标题', { exact: true })).toBeVisible({ timeout: LOAD });
    await page.screenshot({ path: test.info().outputPath(`editor-${width}.png`), fullPage: false });

    // The session is an HttpOnly cookie: the page's script cannot read it.
    expect(await page.evaluate(() => document.cookie)).not.toContain('xinhuo_session');
    const cookie = (await page.context().cookies()).find((c) => c.name === 'xinhuo_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    // Remembered while the session lives: after a reload the CMS opens without asking again.
    await page.reload();
    await expect(page.getByLabel('标题', { exact: true })).toBeVisible({ timeout: LOAD });
    await expect(page.getByLabel('密码')).toHaveCount(0);
    // Without the session (another browser), the CMS asks to sign in and the API answers nothing.
    await page.context().clearCookies();
    await page.reload();
    await expect(page.getByLabel('密码')).toBeVisible({ timeout: LOAD });
    const api = await page.request.post('api/v1/', { data: { action: 'entriesByFolder', params: {} } });
    expect(api.status()).toBe(401);
  });
}
