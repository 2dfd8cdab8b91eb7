import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '../fixtures.ts';
import { ACCOUNTS, PASSWORD, type AccountName } from './accounts.ts';
import { expect } from './live-site.ts';

export { ACCOUNTS, PASSWORD };

/** How long the CMS may take to load the app or an entry on a busy 2-core machine. */
export const LOAD = 30_000;

/** The name the default test account's commits are made in. */
export const EDITOR = ACCOUNTS.reviewer.name;

/** Opens the CMS and signs in with a test account. */
export async function logIn(page: Page, who: AccountName = 'reviewer') {
  await page.goto('admin/');
  await page.getByLabel('用户名').fill(ACCOUNTS[who].username, { timeout: LOAD });
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('link', { name: /工作流/ })).toBeVisible({ timeout: LOAD });
}

/** Picks an option of a Decap select (react-select) by its label. */
export async function choose(page: Page, field: string, option: string) {
  await page.getByLabel(field, { exact: true }).click();
  await page.getByText(option, { exact: true }).click();
}

/** Saves the open entry and waits until Decap says so. */
export async function save(page: Page) {
  await expect(page.getByText('含未保存的修改')).toBeVisible();
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('没有未保存的修改')).toBeVisible({ timeout: 20_000 });
}

/** Moves the open (saved) entry to a workflow status: 草稿, 待审核 or 待发布. */
export async function setStatus(page: Page, status: '草稿' | '待审核' | '待发布') {
  await page.getByRole('button', { name: /^状态:/ }).click();
  await page.getByRole('menuitem', { name: status }).click();
  await expect(page.getByRole('button', { name: `状态: ${status}` })).toBeVisible({ timeout: 20_000 });
}

/** Publishes the open entry (it must be 待发布). */
export async function publishNow(page: Page) {
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByRole('menuitem', { name: '立即发布' }).click();
  await expect(page.getByRole('button', { name: '已发布', exact: true })).toBeVisible({ timeout: 30_000 });
}

/** The content of a file in the clone, as committed on the working tree. */
export const readInClone = (root: string, path: string) => readFileSync(join(root, path), 'utf8');

/** Switches the body to its exact-text source mode (a textarea), where text is typed as MDX. */
export async function sourceMode(page: Page) {
  await page.getByRole('button', { name: '源码模式' }).click();
}
