// The CMS's API: the request protocol of Decap's proxy backend (`{ action, params }` posted to
// <base>api/v1), answered from the content store (store.ts) for a signed-in account. Every path
// goes through the allow-list (paths.ts), every upload through the type check (uploads.ts), and
// every action through the role it needs; the commit author is the account, never the request.
import { hasRole, type PublicAccount, type Role } from './accounts.ts';
import { allowFolder, allowPath, isPublishable, PathRefused } from './paths.ts';
import { StoreError, type ContentStore, type FileWrite } from './store.ts';
import { checkUpload, UploadRefused } from './uploads.ts';

/** An answer that is not a success: an HTTP status and the editor-facing sentence. */
export class ApiRefusal extends Error {
  override name = 'ApiRefusal';
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/** The role each action needs. Reading and drafting is for every editor; what goes live is for reviewers. */
const ACTION_ROLES: Record<string, Role> = {
  info: 'editor',
  entriesByFolder: 'editor',
  entriesByFiles: 'editor',
  getEntry: 'editor',
  unpublishedEntries: 'editor',
  unpublishedEntry: 'editor',
  unpublishedEntryDataFile: 'editor',
  unpublishedEntryMediaFile: 'editor',
  persistEntry: 'editor',
  updateUnpublishedEntryStatus: 'editor',
  deleteUnpublishedEntry: 'editor',
  getMedia: 'editor',
  getMediaFile: 'editor',
  persistMedia: 'editor',
  getDeployPreview: 'editor',
  getNotes: 'editor',
  publishUnpublishedEntry: 'reviewer',
  deleteFile: 'reviewer',
  deleteFiles: 'reviewer',
};

/** Workflow statuses an account may set: 待发布 sends an entry on its way to readers. */
const STATUS_ROLES: Record<string, Role> = { draft: 'editor', pending_review: 'editor', pending_publish: 'reviewer' };

const REVIEWER_ONLY = '只有“审核”或“管理员”账号可以做这一步。请把内容设为“待审核”，由审核人发布。';

/** Checks an entry before 待发布 and 发布: resolves when it may go live, rejects with an ApiRefusal when not. */
export type PublishCheck = (collection: string, slug: string) => Promise<void>;

type Params = Record<string, unknown>;

const str = (value: unknown, what: string) => {
  if (typeof value !== 'string' || !value || value.length > 300) throw new ApiRefusal(400, `请求缺少${what}。`);
  return value;
};

/** A content key `collection/slug`, checked: a collection of the model and an ASCII slug. */
const contentKey = (collection: unknown, slug: unknown) => {
  const key = `${str(collection, '栏目')}/${str(slug, '条目')}`;
  if (!/^[a-z]+\/[A-Za-z0-9][A-Za-z0-9._-]*$/.test(key) || key.includes('..')) {
    throw new ApiRefusal(400, '条目名称不对。');
  }
  return key;
};

const media = (path: string, content: Buffer, blob: string) => ({
  id: blob,
  content: content.toString('base64'),
  encoding: 'base64',
  path,
  name: path.split('/').at(-1),
});

/** The API of one server: `handle(account, body)` → the JSON answer, or an ApiRefusal. */
export function cmsApi({
  store,
  check,
  maxUploadBytes,
}: {
  store: ContentStore;
  check: PublishCheck;
  maxUploadBytes: number;
}) {
  const entryFile = async (path: string) => {
    allowPath(path);
    const file = await store.read(path);
    return { data: file?.content.toString('utf8') ?? null, file: { path, id: file?.blob ?? null } };
  };

  /** Decodes and checks the uploads of a request. */
  const uploads = async (assets: unknown): Promise<FileWrite[]> => {
    if (!Array.isArray(assets)) return [];
    const writes: FileWrite[] = [];
    for (const asset of assets as { path?: unknown; content?: unknown; encoding?: unknown }[]) {
      const { path } = allowPath(asset.path, { write: true });
      if (!path.startsWith('public/') || asset.encoding !== 'base64' || typeof asset.content !== 'string') {
        throw new ApiRefusal(400, `上传的文件“${path}”格式不对。`);
      }
      const content = Buffer.from(asset.content, 'base64');
      await checkUpload(path, content, maxUploadBytes);
      writes.push({ path, content });
    }
    return writes;
  };

  const actions: Record<string, (params: Params, account: PublicAccount) => Promise<unknown>> = {
    info: async () => ({ repo: 'xinhuo', publish_modes: ['editorial_workflow'], type: 'local_git' }),
    entriesByFolder: async ({ folder, extension, depth }) => {
      const files = await store.list(allowFolder(folder), String(extension ?? ''), Number(depth) || 1);
      return Promise.all(files.map(({ path }) => entryFile(path)));
    },
    entriesByFiles: async ({ files }) =>
      Promise.all(((files as { path: string }[]) ?? []).slice(0, 500).map(({ path }) => entryFile(path))),
    getEntry: async ({ path }) => entryFile(str(path, '文件路径')),
    unpublishedEntries: async () => store.drafts(),
    unpublishedEntry: async ({ id, collection, slug }) => {
      const key = typeof id === 'string' ? id : contentKey(collection, slug);
      const draft = await store.draft(contentKey(...(key.split('/') as [string, string])));
      if (!draft) throw new ApiRefusal(404, 'Not Found');
      const [draftCollection, draftSlug] = draft.key.split('/');
      return {
        collection: draftCollection,
        slug: draftSlug,
        status: draft.status,
        diffs: draft.diffs.filter((d) => isPublishable(d.path)).map((d) => ({ ...d, id: d.path })),
        updatedAt: draft.updatedAt,
        pullRequestAuthor: draft.author,
        head: draft.head,
      };
    },
    unpublishedEntryDataFile: async ({ collection, slug, path }) => {
      const file = await store.read(allowPath(path).path, contentKey(collection, slug));
      if (!file) throw new ApiRefusal(404, '草稿中没有这个文件。');
      return { data: file.content.toString('utf8') };
    },
    unpublishedEntryMediaFile: async ({ collection, slug, path }) => {
      const checked = allowPath(path).path;
      const file = await store.read(checked, contentKey(collection, slug));
      if (!file) throw new ApiRefusal(404, '草稿中没有这个文件。');
      return media(checked, file.content, file.blob);
    },
    deleteUnpublishedEntry: async ({ collection, slug }) => {
      await store.discard(contentKey(collection, slug));
      return { message: 'deleted' };
    },
    persistEntry: async (params, account) => {
      const options = (params.options ?? {}) as { collectionName?: string; useWorkflow?: boolean; status?: string };
      if (!options.useWorkflow) throw new ApiRefusal(403, REVIEWER_ONLY);
      const dataFiles = (params.dataFiles ?? [params.entry]) as {
        path?: unknown;
        raw?: unknown;
        slug?: unknown;
        newPath?: unknown;
      }[];
      if (!Array.isArray(dataFiles) || !dataFiles.length || dataFiles.length > 10) {
        throw new ApiRefusal(400, '请求中没有要保存的内容。');
      }
      const writes: FileWrite[] = [];
      const deletes: string[] = [];
      for (const file of dataFiles) {
        const { path } = allowPath(file.path, { write: true });
        if (typeof file.raw !== 'string') throw new ApiRefusal(400, `“${path}”没有内容。`);
        if (typeof file.newPath === 'string') {
          writes.push({ path: allowPath(file.newPath, { write: true }).path, content: Buffer.from(file.raw) });
          deletes.push(path);
        } else writes.push({ path, content: Buffer.from(file.raw) });
      }
      const key = contentKey(options.collectionName, dataFiles[0]!.slug);
      const base = (params.base ?? {}) as { head?: unknown; files?: Record<string, unknown> };
      const baseBlobs = Object.fromEntries(
        Object.entries(base.files ?? {}).map(([path, blob]) => [path, typeof blob === 'string' ? blob : undefined]),
      );
      const status = options.status && STATUS_ROLES[options.status] ? options.status : 'draft';
      const head = await store.save({
        key,
        writes: [...writes, ...(await uploads(params.assets))],
        deletes,
        base: typeof base.head === 'string' ? base.head : undefined,
        baseBlobs,
        status,
        author: account,
        message: String((params.options as { commitMessage?: unknown }).commitMessage ?? `修改：${key}`).slice(0, 200),
      });
      return { message: 'entry persisted', head };
    },
    updateUnpublishedEntryStatus: async ({ collection, slug, newStatus }, account) => {
      const needed = STATUS_ROLES[String(newStatus)];
      if (!needed) throw new ApiRefusal(400, '没有这个工作流状态。');
      if (!hasRole(account.role, needed)) throw new ApiRefusal(403, REVIEWER_ONLY);
      if (newStatus === 'pending_publish') await check(String(collection), String(slug));
      await store.setStatus(contentKey(collection, slug), String(newStatus));
      return { message: 'status updated' };
    },
    publishUnpublishedEntry: async ({ collection, slug }, account) => {
      const key = contentKey(collection, slug);
      await store.publish(key, account, key, async () => {
        const outside = (await store.publishedChanges(key)).filter((path) => !isPublishable(path));
        if (outside.length) {
          throw new ApiRefusal(
            422,
            `不能发布：这篇草稿还改动了内容和媒体库以外的文件（${outside.slice(0, 5).join('、')}）。内容管理只发布内容与媒体文件，请联系网站管理员。`,
          );
        }
        await check(String(collection), String(slug));
      });
      return { message: 'published' };
    },
    getMedia: async ({ mediaFolder }) => {
      const files = await store.list(allowFolder(mediaFolder), '', 1);
      const listed = files.filter(({ path }) => isPublishable(path) || path.endsWith('.svg'));
      return Promise.all(listed.map(async ({ path, blob }) => media(path, (await store.read(path))!.content, blob)));
    },
    getMediaFile: async ({ path }) => {
      const checked = allowPath(path).path;
      const file = await store.read(checked);
      if (!file) throw new ApiRefusal(404, '媒体库中没有这个文件。');
      return media(checked, file.content, file.blob);
    },
    persistMedia: async ({ asset, options }, account) => {
      const writes = await uploads([asset]);
      await store.commitPublished(
        { writes },
        account,
        String((options as { commitMessage?: unknown })?.commitMessage ?? '上传文件').slice(0, 200),
      );
      const { path, content } = writes[0]!;
      return media(path, content, (await store.read(path))!.blob);
    },
    deleteFile: async ({ path, options }, account) => {
      const checked = allowPath(path, { write: true }).path;
      await store.commitPublished(
        { deletes: [checked] },
        account,
        String((options as { commitMessage?: unknown })?.commitMessage ?? '删除文件').slice(0, 200),
      );
      return { message: 'deleted' };
    },
    deleteFiles: async ({ paths, options }, account) => {
      const checked = ((paths as unknown[]) ?? []).slice(0, 50).map((p) => allowPath(p, { write: true }).path);
      await store.commitPublished(
        { deletes: checked },
        account,
        String((options as { commitMessage?: unknown })?.commitMessage ?? '删除文件').slice(0, 200),
      );
      return { message: 'deleted' };
    },
    getDeployPreview: async () => null,
    getNotes: async () => ({ notes: [] }),
  };

  return {
    /** Answers one request of `account`. */
    async handle(account: PublicAccount, body: unknown): Promise<unknown> {
      const { action, params } = (body ?? {}) as { action?: unknown; params?: unknown };
      const needed = typeof action === 'string' ? ACTION_ROLES[action] : undefined;
      if (!needed || !actions[action as string]) throw new ApiRefusal(400, '内容管理不支持这个操作。');
      if (!hasRole(account.role, needed)) throw new ApiRefusal(403, REVIEWER_ONLY);
      try {
        return await actions[action as string]!((params ?? {}) as Params, account);
      } catch (error) {
        if (error instanceof PathRefused || error instanceof UploadRefused) throw new ApiRefusal(422, error.message);
        if (error instanceof StoreError) throw new ApiRefusal(error.status, error.message);
        throw error;
      }
    },
  };
}
