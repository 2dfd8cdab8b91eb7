/**
 * Every `XINHUO_*` environment variable, declared once: what it is for, its default, and how a
 * value is checked. Code reads the environment through `readConfig`, never `process.env.XINHUO_*`
 * directly, so a bad value stops the command with a message that names the variable, the value
 * and what to write instead (in Chinese and English). docs/architecture.md lists them (a test
 * keeps that list and this one the same).
 *
 * No imports, so Node scripts run it as it is.
 */

/** A variable's value is not usable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Parse<T> = (value: string, name: string) => T;

interface Variable<T> {
  name: string;
  /** What it is for (English, for the docs). */
  doc: string;
  /** Who sets it: editors' and IT's deployment settings, or the test and benchmark harness. */
  scope: 'deploy' | 'test';
  parse: Parse<T>;
  fallback: T;
}

const fail = (name: string, value: string, zh: string, en: string): never => {
  throw new ConfigError(`配置错误：环境变量 ${name}="${value}" ${zh} / ${name}="${value}": ${en}`);
};

const text: Parse<string> = (value) => value;

const basePath: Parse<string> = (value, name) =>
  /^\/([^\s/?#]+\/)*$/.test(value)
    ? value
    : fail(
        name,
        value,
        '不对：须以“/”开头并以“/”结尾，例如 / 或 /dangjian/。',
        'must start and end with "/", e.g. / or /dangjian/.',
      );

const origin: Parse<string> = (value, name) => {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return value;
  } catch {
    // reported below
  }
  return fail(
    name,
    value,
    '不是网址：请写成 https://www.example.edu.cn 这样的完整地址。',
    'is not an http(s) URL, e.g. https://www.example.edu.cn.',
  );
};

const positive: Parse<number> = (value, name) => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fail(name, value, '须为正数。', 'must be a positive number.');
};

const port: Parse<number> = (value, name) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 && n < 65536
    ? n
    : fail(name, value, '不是端口号（1–65535）。', 'is not a port number (1–65535).');
};

const flag: Parse<boolean> = (value) => value !== '' && value !== '0' && value.toLowerCase() !== 'false';

const variable = <T>(
  name: string,
  scope: Variable<T>['scope'],
  doc: string,
  parse: Parse<T>,
  fallback: T,
): Variable<T> => ({
  name,
  scope,
  doc,
  parse,
  fallback,
});

/** The variables, by the name code reads them as. */
export const VARIABLES = {
  base: variable('XINHUO_BASE', 'deploy', 'The path the site is served under (`/`, `/dangjian/`).', basePath, '/'),
  site: variable(
    'XINHUO_SITE',
    'deploy',
    'The public origin, for canonical URLs, RSS and the sitemap.',
    origin,
    'http://localhost:4321',
  ),
  outDir: variable('XINHUO_OUT_DIR', 'deploy', 'Where the build is written.', text, 'dist'),
  asOf: variable(
    'XINHUO_AS_OF',
    'deploy',
    'The "as of" moment of a build (Beijing date or date-time): assessment, calendar, activity status. Default: now.',
    text,
    undefined,
  ),
  cmsBackend: variable(
    'XINHUO_CMS_BACKEND',
    'deploy',
    'The CMS backend: `local` (default), `gitlab` or `gitea` (docs/cms.md).',
    text,
    undefined,
  ),
  cmsRepo: variable('XINHUO_CMS_REPO', 'deploy', 'GitLab/Gitea repository `group/name`.', text, undefined),
  cmsBaseUrl: variable('XINHUO_CMS_BASE_URL', 'deploy', 'GitLab/Gitea server address.', origin, undefined),
  cmsAppId: variable('XINHUO_CMS_APP_ID', 'deploy', 'GitLab/Gitea OAuth application id.', text, undefined),
  cmsBranch: variable('XINHUO_CMS_BRANCH', 'deploy', 'The branch the CMS publishes to.', text, undefined),
  cmsPort: variable('XINHUO_CMS_PORT', 'deploy', "`npm start`'s editors' server port (loopback).", port, 8081),
  cmsData: variable(
    'XINHUO_CMS_DATA',
    'deploy',
    "The editors' server's own files (accounts), outside the published tree.",
    text,
    '.xinhuo',
  ),
  cmsUploadMb: variable('XINHUO_CMS_UPLOAD_MB', 'deploy', 'The largest upload the CMS accepts, in MB.', positive, 50),
  editorPassword: variable(
    'XINHUO_EDITOR_PASSWORD',
    'deploy',
    '`npm run editors` takes the new password from here instead of the terminal (scripts).',
    text,
    undefined,
  ),
  cmsProxy: variable(
    'XINHUO_CMS_PROXY',
    'deploy',
    "Set by `npm start` for its builds: the editors' server's port; the CMS then shows the publish status.",
    port,
    undefined,
  ),
  searchShardPages: variable(
    'XINHUO_SEARCH_SHARD_PAGES',
    'deploy',
    'Pages per search-index shard (default 500).',
    positive,
    undefined,
  ),
  buildMemoryGb: variable(
    'XINHUO_BUILD_MEMORY_GB',
    'deploy',
    'Memory the search indexing may use, in GB.',
    positive,
    4,
  ),
  searchJob: variable(
    'XINHUO_SEARCH_JOB',
    'deploy',
    "Set by the build: where `astro build` leaves the search index's job.",
    text,
    undefined,
  ),
  e2ePorts: variable('XINHUO_E2E_PORTS', 'test', 'Ports of the root and sub-path test servers, `4321,4322`.', text, ''),
  nginxUrl: variable(
    'XINHUO_NGINX_URL',
    'test',
    'Set by `npm run test:nginx`: the mirror under nginx.',
    text,
    undefined,
  ),
  nginxRoot: variable('XINHUO_NGINX_ROOT', 'test', 'Set by `npm run test:nginx`: the served folder.', text, undefined),
  nginxArchive: variable(
    'XINHUO_NGINX_ARCHIVE',
    'test',
    'Set by `npm run test:nginx`: the published archive.',
    text,
    undefined,
  ),
  nginxAccessLog: variable(
    'XINHUO_NGINX_ACCESS_LOG',
    'test',
    "Set by `npm run test:nginx`: nginx's access log.",
    text,
    undefined,
  ),
  nginxEditors: variable(
    'XINHUO_NGINX_EDITORS',
    'test',
    "Set by `npm run test:nginx`: a JSON file describing the editors' HTTPS front under nginx.",
    text,
    undefined,
  ),
  keepClone: variable('XINHUO_KEEP_CLONE', 'test', "Keep the CMS tests' temporary clones for inspection.", flag, false),
  benchVerbose: variable(
    'XINHUO_BENCH_VERBOSE',
    'test',
    '`npm run bench` lists every response of its searches.',
    flag,
    false,
  ),
} as const;

type Variables = typeof VARIABLES;
/** The configuration: each variable's checked value, or its default. */
export type Config = { [K in keyof Variables]: Variables[K]['fallback'] | ReturnType<Variables[K]['parse']> };

/** Reads and checks every variable; a bad value throws a ConfigError naming it. Empty counts as unset. */
export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const config: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(VARIABLES) as [string, Variable<unknown>][]) {
    const raw = env[v.name]?.trim();
    config[key] = raw ? v.parse(raw, v.name) : v.fallback;
  }
  return config as Config;
}

/** Whether a variable is given (not empty), for commands whose own default differs (the mirror's sub-path). */
export const isSet = (key: keyof Variables, env: Record<string, string | undefined> = process.env): boolean =>
  Boolean(env[VARIABLES[key].name]?.trim());
