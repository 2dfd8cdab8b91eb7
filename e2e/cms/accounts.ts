// The CMS tests' accounts: one per role, created in each worker's clone before its server starts.

/** The accounts every test site has (e2e/cms/live-site.ts creates them in its clone). */
export const ACCOUNTS = {
  /** A reviewer: may publish. The default account of the tests. */
  reviewer: { username: 'wangxl', name: '测试编辑 王晓岚', email: 'wangxl@xinhuo.test', role: 'reviewer' },
  /** A second reviewer, for two people working at once. */
  second: { username: 'liming', name: '测试编辑 李明', email: 'liming@xinhuo.test', role: 'reviewer' },
  /** An editor: may write drafts and send them for review, not publish. */
  editor: { username: 'zhaoyu', name: '测试编辑 赵雨', email: 'zhaoyu@xinhuo.test', role: 'editor' },
  /** An administrator: may also manage accounts. */
  admin: { username: 'admin', name: '测试管理员 陈静', email: 'admin@xinhuo.test', role: 'admin' },
} as const;
/** Every test account's password. */
export const PASSWORD = 'xinhuo-test-密码-2026';
export type AccountName = keyof typeof ACCOUNTS;
