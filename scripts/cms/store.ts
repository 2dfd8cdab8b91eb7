// The CMS's content in git, written with git's plumbing: every save builds a tree in a private index
// and moves a ref with compare-and-swap, so the working tree is never switched to a draft branch,
// a save based on an old version is refused instead of overwriting, and a kill at any moment leaves
// either the old ref or the new one. Drafts are branches `cms/<collection>/<slug>` (as Decap's
// local backend names them) whose status is the branch description; a publish merges the draft
// into the published branch (three-way, so an edit published meanwhile is kept) and brings the
// checkout's files up to date.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { git, gitRaw, resolveRef } from '../lib/git.ts';

/** Who a commit is by: the signed-in account. */
export interface Author {
  name: string;
  email: string;
}

/** A file a save writes. */
export interface FileWrite {
  path: string;
  content: Buffer;
}

/** A change that cannot be made as asked (conflict, gone, not allowed), with the editor-facing reason. */
export class StoreError extends Error {
  override name = 'StoreError';
  readonly status: 404 | 409 | 422;
  constructor(message: string, status: 404 | 409 | 422) {
    super(message);
    this.status = status;
  }
}

/** A file that a draft adds or changes against where it started. */
export interface DraftDiff {
  path: string;
  newFile: boolean;
}

/** A draft as the CMS shows it. */
export interface Draft {
  key: string;
  head: string;
  status: string;
  diffs: DraftDiff[];
  updatedAt: string;
  author: string;
}

const ZERO = '0000000000000000000000000000000000000000';
const DRAFT_PREFIX = 'cms/';
/** The identity that commits for the editors (the author is the editor). */
const COMMITTER = { GIT_COMMITTER_NAME: '薪火内容管理', GIT_COMMITTER_EMAIL: 'cms@xinhuo.invalid' };
/** Decap's status labels (`decap-cms/draft` …), kept so drafts made by decap-server still open. */
const LABEL_PREFIX = 'decap-cms/';

/** Beijing time of an ISO date, as editors read it in messages. */
const beijing = (iso: string) =>
  new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' });

/** Runs one write at a time; a failed write does not block the next. */
function serial() {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => {});
    return run;
  };
}

/** The content store of the repository at `root`, publishing to `branch`. */
export async function contentStore(root: string, branch: string, log: (line: string) => void = console.log) {
  const gitDir = await git(root, ['rev-parse', '--path-format=absolute', '--git-common-dir']);
  const temp = join(gitDir, 'xinhuo-tmp');
  /** Before a publish moves the branch, its old and new commit; removed once the checkout's files follow. */
  const journal = join(gitDir, 'xinhuo-sync');
  const published = `refs/heads/${branch}`;
  const exclusive = serial();
  const draftRef = (key: string) => `refs/heads/${DRAFT_PREFIX}${key}`;

  const tip = async () => {
    const commit = await resolveRef(root, published);
    if (!commit) throw new StoreError(`发布分支 ${branch} 不存在。`, 422);
    return commit;
  };

  /** The blob id of `path` at `commit`, or undefined (also for links and submodules: never content). */
  const blobAt = async (commit: string, path: string) => {
    const line = await git(root, ['ls-tree', '--full-tree', commit, '--', path]);
    const match = /^100(?:644|755) blob ([0-9a-f]{40})\t/.exec(line);
    return match?.[1];
  };

  const readBlob = async (blob: string) => (await gitRaw(root, ['cat-file', 'blob', blob])).stdout;

  /** Builds a commit on `parent` with `writes` and `deletes`, in a private index → its id. */
  const commitOn = async (
    parent: string,
    { writes = [], deletes = [] }: { writes?: FileWrite[]; deletes?: string[] },
    author: Author,
    message: string,
  ) => {
    mkdirSync(temp, { recursive: true });
    const index = join(temp, `index-${randomUUID()}`);
    const env = { GIT_INDEX_FILE: index };
    try {
      await git(root, ['read-tree', parent], { env });
      const lines: string[] = [];
      for (const { path, content } of writes) {
        const blob = await git(root, ['hash-object', '-w', '--stdin'], { input: content });
        lines.push(`100644 ${blob}\t${path}`);
      }
      for (const path of deletes) lines.push(`0 ${ZERO}\t${path}`);
      await git(root, ['update-index', '--index-info'], { env, input: lines.map((l) => `${l}\n`).join('') });
      const tree = await git(root, ['write-tree'], { env });
      return await commitTree(tree, [parent], author, message);
    } finally {
      rmSync(index, { force: true });
    }
  };

  const commitTree = (tree: string, parents: string[], author: Author, message: string) =>
    git(root, ['commit-tree', tree, ...parents.flatMap((p) => ['-p', p])], {
      input: message,
      env: { GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, ...COMMITTER },
    });

  /** Moves `ref` to `commit` if it still points at `expected` (ZERO: must not exist); false otherwise. */
  const swapRef = async (ref: string, commit: string, expected: string) => {
    const { code } = await gitRaw(root, ['update-ref', ref, commit, expected], { okCodes: [1, 128] });
    return code === 0;
  };

  const statusOf = async (key: string) => {
    const { stdout } = await gitRaw(root, ['config', '--get', `branch.${DRAFT_PREFIX}${key}.description`], {
      okCodes: [1],
    });
    return stdout.toString('utf8').trim().replace(LABEL_PREFIX, '') || 'draft';
  };

  const commitInfo = async (commit: string) => {
    const [date, author] = (await git(root, ['show', '-s', '--format=%cI%x00%an', commit])).split('\0');
    return { date: date!, author: author! };
  };

  /** The files a draft changed since it left the published branch (deletions left out: Decap reads each diff). */
  const draftDiffs = async (head: string): Promise<DraftDiff[]> => {
    const base = await git(root, ['merge-base', await tip(), head]);
    const out = await git(root, ['diff', '--name-status', '--no-renames', base, head]);
    return out
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('\t') as [string, string])
      .filter(([status]) => status !== 'D')
      .map(([status, path]) => ({ path, newFile: status === 'A' }));
  };

  /** Brings the checkout's files from `from` to `to` where the checkout is on the published branch. */
  const syncCheckout = async (from: string, to: string) => {
    const head = await git(root, ['symbolic-ref', '--quiet', 'HEAD']).catch(() => '');
    if (head !== published) return;
    const changed = (await git(root, ['diff', '--name-only', '--no-renames', from, to])).split('\n').filter(Boolean);
    if (!changed.length) return;
    // A file the developer changed by hand (neither the old nor the new version) is left as it is.
    const differs = async (commit: string) =>
      new Set((await git(root, ['diff', '--name-only', commit, '--', ...changed])).split('\n').filter(Boolean));
    const [fromOld, fromNew] = await Promise.all([differs(from), differs(to)]);
    const kept = changed.filter((path) => fromOld.has(path) && fromNew.has(path));
    for (const path of kept) log(`✗ 工作区中的 ${path} 有未提交的修改，未更新为刚发布的版本 / left as edited by hand`);
    const paths = changed.filter((path) => !kept.includes(path));
    if (paths.length) {
      await git(root, ['restore', `--source=${to}`, '--staged', '--worktree', '--', ...paths]);
    }
  };

  const store = {
    branch,
    tip,
    /** The files of a folder at the published commit, `depth` levels deep (1: the folder's own files). */
    async list(folder: string, extension: string, depth: number) {
      const out = await git(root, ['ls-tree', '-r', '--full-tree', await tip(), '--', `${folder}/`]);
      return out
        .split('\n')
        .filter((line) => /^100(?:644|755) blob /.test(line))
        .map((line) => {
          const [meta, path] = line.split('\t') as [string, string];
          return { path, blob: meta.split(' ')[2]! };
        })
        .filter(({ path }) => path.endsWith(extension) && path.split('/').length - folder.split('/').length <= depth);
    },
    /** A file at the published commit, or at a draft's head: its bytes and blob id. */
    async read(path: string, key?: string) {
      const commit = key ? await resolveRef(root, draftRef(key)) : await tip();
      const blob = commit && (await blobAt(commit, path));
      return blob ? { blob, content: await readBlob(blob) } : undefined;
    },
    /** The content keys (`collection/slug`) of every draft. */
    async drafts() {
      const out = await git(root, ['for-each-ref', '--format=%(refname)', `refs/heads/${DRAFT_PREFIX}`]);
      return out
        .split('\n')
        .filter(Boolean)
        .map((ref) => ref.slice(`refs/heads/${DRAFT_PREFIX}`.length));
    },
    /** One draft, or undefined. */
    async draft(key: string): Promise<Draft | undefined> {
      const head = await resolveRef(root, draftRef(key));
      if (!head) return undefined;
      const [diffs, status, info] = await Promise.all([draftDiffs(head), statusOf(key), commitInfo(head)]);
      return { key, head, status, diffs, updatedAt: info.date, author: info.author };
    },
    /**
     * Saves a draft. `base` is the draft head the editor's copy was loaded from (undefined: the
     * editor started from the published entry, whose blob ids are `baseBlobs`, or from nothing).
     * Refused with a conflict when anyone saved in between.
     */
    save: (input: {
      key: string;
      writes: FileWrite[];
      deletes?: string[];
      base: string | undefined;
      baseBlobs: Record<string, string | undefined>;
      status: string;
      author: Author;
      message: string;
    }) =>
      exclusive(async () => {
        const ref = draftRef(input.key);
        const head = await resolveRef(root, ref);
        if (head !== input.base) {
          if (!head)
            throw new StoreError('这篇草稿已被发布或删除。请复制您的修改，重新打开这条内容后再粘贴保存。', 409);
          const { date, author } = await commitInfo(head);
          throw new StoreError(
            `保存冲突：${author} 在 ${beijing(date)} 保存了这篇草稿，晚于您打开它的时间。为免覆盖对方的修改，这次没有保存；您的修改仍在本页。请先复制您的修改，重新加载页面查看对方的版本，再把您的修改加进去后保存。`,
            409,
          );
        }
        const parent = head ?? (await tip());
        if (!head) {
          for (const { path } of input.writes.filter((w) => !w.path.startsWith('public/'))) {
            const current = await blobAt(parent, path);
            if (current !== input.baseBlobs[path]) {
              throw new StoreError(
                current && !input.baseBlobs[path]
                  ? `已有同名内容“${path}”。为免覆盖它，这次没有保存：请换一个标题或日期后再保存。`
                  : `保存冲突：“${path}”在您打开后已有新版本发布。为免覆盖它，这次没有保存；您的修改仍在本页。请先复制您的修改，重新加载后再保存。`,
                409,
              );
            }
          }
        }
        const commit = await commitOn(parent, input, input.author, input.message);
        if (!(await swapRef(ref, commit, head ?? ZERO))) {
          throw new StoreError('保存冲突：这篇草稿刚被别人保存。您的修改仍在本页，请重新加载后再保存。', 409);
        }
        if (!head)
          await git(root, ['config', `branch.${DRAFT_PREFIX}${input.key}.description`, LABEL_PREFIX + input.status]);
        return commit;
      }),
    /** Sets a draft's workflow status. */
    setStatus: (key: string, status: string) =>
      exclusive(async () => {
        if (!(await resolveRef(root, draftRef(key)))) throw new StoreError('这篇草稿已不存在，请刷新页面。', 404);
        await git(root, ['config', `branch.${DRAFT_PREFIX}${key}.description`, LABEL_PREFIX + status]);
      }),
    /** Removes a draft (its saves stay in git's object store until git collects them). */
    discard: (key: string) =>
      exclusive(async () => {
        const head = await resolveRef(root, draftRef(key));
        if (head) await gitRaw(root, ['update-ref', '-d', draftRef(key), head]);
        await gitRaw(root, ['config', '--remove-section', `branch.${DRAFT_PREFIX}${key}`], { okCodes: [1, 128] });
      }),
    /** The paths a publish of the draft would change on the published branch. */
    async publishedChanges(key: string) {
      const head = await resolveRef(root, draftRef(key));
      if (!head) throw new StoreError('这篇草稿已不存在，请刷新页面。', 404);
      const base = await git(root, ['merge-base', await tip(), head]);
      return (await git(root, ['diff', '--name-only', '--no-renames', base, head])).split('\n').filter(Boolean);
    },
    /**
     * Publishes a draft: fast-forward when nothing was published since it started, else a three-way
     * merge that keeps both; a conflict (both changed the same lines) is refused. `check` runs
     * inside the lock, on the draft's head, and may refuse by throwing.
     */
    publish: (key: string, author: Author, title: string, check: (head: string) => Promise<void>) =>
      exclusive(async () => {
        const head = await resolveRef(root, draftRef(key));
        if (!head) throw new StoreError('这篇草稿已不存在或已发布，请刷新页面。', 404);
        await check(head);
        const old = await tip();
        const ancestor = (await gitRaw(root, ['merge-base', '--is-ancestor', old, head], { okCodes: [1] })).code === 0;
        let commit = head;
        if (!ancestor) {
          const merged = await gitRaw(root, ['merge-tree', '--write-tree', '--name-only', '--no-messages', old, head], {
            okCodes: [1],
          });
          const [tree, ...conflicts] = merged.stdout.toString('utf8').trim().split('\n');
          if (merged.code === 1) {
            throw new StoreError(
              `不能发布：这篇草稿与之后发布的修改在同一处不同（${conflicts.filter(Boolean).join('、')}）。请重新打开已发布的版本，把这篇草稿的修改加进去后再保存、发布。`,
              409,
            );
          }
          commit = await commitTree(tree!, [old, head], author, `发布：${title}`);
        }
        writeFileSync(journal, `${old} ${commit}\n`);
        if (!(await swapRef(published, commit, old))) {
          unlinkSync(journal);
          throw new StoreError('发布冲突：网站刚发布了其他内容，请再点一次发布。', 409);
        }
        await store.discardAfterPublish(key, head);
        await syncCheckout(old, commit);
        rmSync(journal, { force: true });
        return commit;
      }),
    async discardAfterPublish(key: string, head: string) {
      await gitRaw(root, ['update-ref', '-d', draftRef(key), head], { okCodes: [1, 128] });
      await gitRaw(root, ['config', '--remove-section', `branch.${DRAFT_PREFIX}${key}`], { okCodes: [1, 128] });
    },
    /** Commits straight to the published branch (uploads from the media library, deletions by reviewers). */
    commitPublished: (change: { writes?: FileWrite[]; deletes?: string[] }, author: Author, message: string) =>
      exclusive(async () => {
        const old = await tip();
        const commit = await commitOn(old, change, author, message);
        writeFileSync(journal, `${old} ${commit}\n`);
        if (!(await swapRef(published, commit, old))) {
          unlinkSync(journal);
          throw new StoreError('网站刚发布了其他内容，请重试。', 409);
        }
        await syncCheckout(old, commit);
        rmSync(journal, { force: true });
        return commit;
      }),
    /**
     * Puts things right after a kill: a checkout left on a draft branch (decap-server did that) goes
     * back to the published branch, a publish whose files did not reach the checkout is finished,
     * drafts already published are removed, and the private indexes are deleted.
     */
    async recover() {
      rmSync(temp, { recursive: true, force: true });
      const head = await git(root, ['symbolic-ref', '--quiet', '--short', 'HEAD']).catch(() => '');
      if (head.startsWith(DRAFT_PREFIX)) {
        log(
          `! 工作区停在草稿分支 ${head}（上次保存时被中断），已切回 ${branch} / checkout was left on ${head}, back on ${branch}`,
        );
        await git(root, ['switch', '--quiet', branch]);
      }
      if (existsSync(journal)) {
        const [from] = readFileSync(journal, 'utf8').trim().split(' ');
        log(`! 上次发布后工作区文件未更新完，现在补上 / finishing the checkout update of an interrupted publish`);
        // git's own lock from the killed update: nobody else writes this checkout's index while npm start starts.
        rmSync(join(gitDir, 'index.lock'), { force: true });
        if (from) await syncCheckout(from, await tip());
        rmSync(journal, { force: true });
      }
      const tipNow = await tip();
      for (const key of await store.drafts()) {
        const draftHead = (await resolveRef(root, draftRef(key)))!;
        const isIn = (await gitRaw(root, ['merge-base', '--is-ancestor', draftHead, tipNow], { okCodes: [1] })).code;
        const ownChanges = (await draftDiffs(draftHead)).length;
        if (isIn === 0 && ownChanges === 0) {
          log(`! 草稿 ${key} 已发布，删除其草稿分支 / draft already published, removed`);
          await store.discardAfterPublish(key, draftHead);
        }
      }
    },
  };
  return store;
}

/** The store of one server. */
export type ContentStore = Awaited<ReturnType<typeof contentStore>>;
