// Who made a change in the CMS: the editor's name travels with every request of the local
// backend and becomes the git author of the commit decap-server makes for it. The name rules
// are shared with the CMS's login form (src/lib/editor-name.ts).
import { editorNameProblem, normalizeEditorName } from '../../src/lib/editor-name.ts';

export { editorNameProblem, MAX_EDITOR_NAME, normalizeEditorName } from '../../src/lib/editor-name.ts';

/** The parts of Express's request and response the middleware uses (decap-server runs on Express). */
interface CmsRequest {
  body?: { action?: string; author?: unknown };
}
interface CmsResponse {
  status(code: number): { json(body: unknown): unknown };
  once(event: 'close', listener: () => void): unknown;
}

/** The request actions of decap-server that write a commit (merges included). */
export const COMMITTING_ACTIONS = new Set([
  'persistEntry',
  'persistMedia',
  'deleteFile',
  'deleteFiles',
  'publishUnpublishedEntry',
]);

/**
 * The environment that makes git record `name` as the author of the next commit. The committer
 * stays the machine's identity (the CMS server did the commit); the editor gives no e-mail.
 */
export function authorEnv(name: unknown) {
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
export function withCommitAuthors(env: NodeJS.ProcessEnv = process.env) {
  let queue: Promise<unknown> = Promise.resolve();
  return (req: CmsRequest, res: CmsResponse, next: () => void) => {
    const { action, author } = req.body ?? {};
    if (action === 'info') return next();
    let identity: ReturnType<typeof authorEnv> | undefined;
    if (action !== undefined && COMMITTING_ACTIONS.has(action)) {
      try {
        identity = authorEnv(author);
      } catch (error) {
        res.status(422).json({ error: `无法记录修改人：${(error as Error).message}请重新登录并填写姓名。` });
        return;
      }
    }
    queue = queue.then(
      () =>
        new Promise<void>((release) => {
          res.once('close', () => release());
          delete env.GIT_AUTHOR_NAME;
          delete env.GIT_AUTHOR_EMAIL;
          if (identity) Object.assign(env, identity);
          next();
        }),
    );
  };
}
