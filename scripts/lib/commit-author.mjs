// Who made a change in the CMS: the editor's name travels with every request of the local
// backend and becomes the git author of the commit decap-server makes for it.

/** Longest editor name accepted (a Chinese name with a unit, e.g. 党委宣传部 王晓岚, fits easily). */
export const MAX_EDITOR_NAME = 40;

/** The request actions of decap-server that write a commit (merges included). */
export const COMMITTING_ACTIONS = new Set([
  'persistEntry',
  'persistMedia',
  'deleteFile',
  'deleteFiles',
  'publishUnpublishedEntry',
]);

/** The editor's name as it is recorded: trimmed, NFC, inner runs of spaces made one. */
export function normalizeEditorName(name) {
  return String(name ?? '')
    .normalize('NFC')
    .trim()
    .replace(/\s+/g, ' ');
}

/** Why a name cannot be a commit author (Chinese, for the login form), or undefined when it can. */
export function editorNameProblem(name) {
  const clean = normalizeEditorName(name);
  if (!clean) return '请填写您的姓名，每次保存都会以此记入修改历史。';
  if (clean.length > MAX_EDITOR_NAME) return `姓名最多 ${MAX_EDITOR_NAME} 个字，当前 ${clean.length} 个字。`;
  // Git drops these from an identity (or refuses it), so the history would not show what was typed.
  if (/[<>\p{Cc}]/u.test(clean)) return '姓名中不能有尖括号 < > 或控制字符。';
  if (!/[\p{L}\p{N}]/u.test(clean)) return '姓名中至少要有一个汉字、字母或数字。';
  return undefined;
}

/**
 * The environment that makes git record `name` as the author of the next commit. The committer
 * stays the machine's identity (the CMS server did the commit); the editor gives no e-mail.
 */
export function authorEnv(name) {
  const problem = editorNameProblem(name);
  if (problem) throw new Error(problem);
  return { GIT_AUTHOR_NAME: normalizeEditorName(name), GIT_AUTHOR_EMAIL: '' };
}

/**
 * Express middleware in front of decap-server's git middleware: requests run one at a time, and
 * while one that commits runs, git's author is the editor named in its body (`author`, sent by
 * admin/local-backend.ts). A committing request without a valid name is refused, so no CMS
 * commit is ever recorded under the machine's identity. It changes `env` (this process's
 * environment, which git inherits), so the server runs in a process of its own.
 */
export function withCommitAuthors(env = process.env) {
  let queue = Promise.resolve();
  return (req, res, next) => {
    const { action, author } = req.body ?? {};
    if (action === 'info') return next();
    let identity;
    if (COMMITTING_ACTIONS.has(action)) {
      try {
        identity = authorEnv(author);
      } catch (error) {
        res.status(422).json({ error: `无法记录修改人：${error.message}请重新登录并填写姓名。` });
        return;
      }
    }
    queue = queue.then(
      () =>
        new Promise((release) => {
          res.once('close', release);
          delete env.GIT_AUTHOR_NAME;
          delete env.GIT_AUTHOR_EMAIL;
          if (identity) Object.assign(env, identity);
          next();
        }),
    );
  };
}
