/**
 * The whole Decap CMS configuration, derived at build time from the content model and from the
 * deployment's environment. Nothing here is hand-written per collection: fields, labels, hints,
 * validation and option lists all come from src/model/.
 */
import { COLLECTIONS, SINGLETONS } from '../src/model/collections.ts';
import { toDecapCollections } from '../src/model/to-decap.ts';

/** Where uploads are kept in the repository, and the URL path the site serves them under. */
export const MEDIA_FOLDER = 'public/uploads';
export const PUBLIC_FOLDER = '/uploads';

/** Commit messages in Chinese: they are the revision history shown on every article page. */
export const COMMIT_MESSAGES = {
  create: '新建{{collection}}：{{slug}}',
  update: '修改{{collection}}：{{slug}}',
  delete: '删除{{collection}}：{{slug}}',
  uploadMedia: '上传文件：{{path}}',
  deleteMedia: '删除文件：{{path}}',
};

/** The CMS backend of `local`: decap-server's proxy backend with the editor's name (admin/local-backend.ts). */
export const LOCAL_BACKEND = 'xinhuo-local';

/** The git services the CMS can work against. */
export const BACKENDS = ['local', 'gitlab', 'gitea'] as const;
export type BackendName = (typeof BACKENDS)[number];

/** The deployment settings that choose and reach the backend (see docs/cms.md). */
export interface CmsEnv {
  /** `local` (default: decap-server on this machine), `gitlab` or `gitea` (also Forgejo). */
  XINHUO_CMS_BACKEND?: string;
  /** `group/project` on the git service. */
  XINHUO_CMS_REPO?: string;
  /** Origin of the git service, e.g. https://git.example.edu.cn */
  XINHUO_CMS_BASE_URL?: string;
  /** OAuth application id registered on the git service (PKCE, no secret). */
  XINHUO_CMS_APP_ID?: string;
  /** Branch the site is built from (default main). */
  XINHUO_CMS_BRANCH?: string;
}

/** A configuration problem, explained in both languages. */
export class CmsConfigError extends Error {
  override name = 'CmsConfigError';
}

function required(env: CmsEnv, key: keyof CmsEnv, backend: string): string {
  const value = env[key]?.trim();
  if (!value) {
    throw new CmsConfigError(
      `CMS 配置错误：后端为 ${backend} 时必须设置环境变量 ${key}。 / ${key} must be set when XINHUO_CMS_BACKEND=${backend} (see docs/cms.md).`,
    );
  }
  return value;
}

/** The backend section and publish mode for the chosen git service. */
export function backendConfig(env: CmsEnv, base: string): { backend: Record<string, unknown>; publishMode: string } {
  const name = (env.XINHUO_CMS_BACKEND?.trim() || 'local') as BackendName;
  const branch = env.XINHUO_CMS_BRANCH?.trim() || 'main';
  switch (name) {
    case 'local':
      // decap-server, reached through the site's own origin (npm start proxies /api/v1 to it).
      return {
        backend: { name: LOCAL_BACKEND, proxy_url: `${base}api/v1/`, branch },
        publishMode: 'editorial_workflow',
      };
    case 'gitlab': {
      const baseUrl = required(env, 'XINHUO_CMS_BASE_URL', name).replace(/\/+$/, '');
      return {
        backend: {
          name: 'gitlab',
          repo: required(env, 'XINHUO_CMS_REPO', name),
          branch,
          auth_type: 'pkce',
          app_id: required(env, 'XINHUO_CMS_APP_ID', name),
          base_url: baseUrl,
          api_root: `${baseUrl}/api/v4`,
          auth_endpoint: 'oauth/authorize',
        },
        publishMode: 'editorial_workflow',
      };
    }
    case 'gitea': {
      const baseUrl = required(env, 'XINHUO_CMS_BASE_URL', name).replace(/\/+$/, '');
      return {
        // Decap's Gitea backend logs in with PKCE and has no editorial workflow: saves go
        // straight to the branch. docs/cms.md describes the protected-branch fallback.
        backend: {
          name: 'gitea',
          repo: required(env, 'XINHUO_CMS_REPO', name),
          branch,
          app_id: required(env, 'XINHUO_CMS_APP_ID', name),
          base_url: baseUrl,
          api_root: `${baseUrl}/api/v1`,
        },
        publishMode: 'simple',
      };
    }
    default:
      throw new CmsConfigError(
        `CMS 配置错误：XINHUO_CMS_BACKEND=${String(name)} 无效，可选 ${BACKENDS.join(' / ')}。 / Unknown XINHUO_CMS_BACKEND; use one of ${BACKENDS.join(', ')}.`,
      );
  }
}

/** The complete Decap config for a deployment: backend, media, locale and every collection. */
export function buildCmsConfig(env: CmsEnv, base: string): Record<string, unknown> {
  const { backend, publishMode } = backendConfig(env, base);
  return {
    // The config is built here, not fetched: Decap must not look for a config.yml.
    load_config_file: false,
    backend: { ...backend, commit_messages: COMMIT_MESSAGES },
    publish_mode: publishMode,
    locale: 'zh_Hans',
    site_url: base,
    media_folder: MEDIA_FOLDER,
    public_folder: PUBLIC_FOLDER,
    // Entry and upload names are ASCII; admin/slug.ts and admin/uploads.ts make them from Chinese.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: toDecapCollections(COLLECTIONS, SINGLETONS),
  };
}
