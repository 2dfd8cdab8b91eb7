// The editors' local setup: the built site, decap-server in git mode, and a rebuild after every
// publish. Used by `npm start` and by the CMS end-to-end tests (in a temporary clone).
import { spawn, execFile, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createServer, type IncomingMessage } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { cpSync, existsSync, lstatSync, mkdtempSync, symlinkSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { readConfig } from '../../src/config.ts';
import { BUILD_CACHE_DIR } from '../../src/lib/files.ts';
import { buildSite } from './build-site.ts';
import { freePort } from './builds.ts';
import { buildPublished, LIVE_REF, type CheckFiles, type FileProblem, type GateHold } from './publish-gate.ts';
import { step } from './run.ts';
import type { PublishStatus as CmsPublishStatus } from '../../admin/publish-status.ts';

/** A file the publish gate held back, and why, as the CMS is told (admin/publish-status.ts). */
export interface Hold {
  file: string;
  problems: FileProblem[];
  since: number;
  /** Whether readers still see an older version of it (false: it is not on the site at all). */
  published: boolean;
}

/** What the CMS shows about publishing: the commit built last, the tree that is live, holds and the last failure. */
export interface PublishStatus {
  commit?: string | undefined;
  live?: string | undefined;
  building: boolean;
  failure?: { reason: string; at: number } | undefined;
  holds: Hold[];
}

/** A checkout to build from (buildCheckout). */
export interface BuildCheckout {
  dir: string;
  checkout: (commit: string) => Promise<string>;
  remove: () => Promise<unknown>;
}

/** A problem of an entry found by the content checks; a body problem carries its body line. */
type EntryProblem = FileProblem & { bodyLine?: number };

/** The part of a local-backend request the gateway reads. */
interface CmsRequest {
  action?: string;
  params?: { collection?: string; slug?: string; newStatus?: string };
}

/** Checks one CMS entry as it would be published → the files with problems. */
type CheckEntry = (collection: string, slug: string) => Promise<{ file: string; problems: EntryProblem[] }[]>;

const CMS_SERVER = fileURLToPath(new URL('../cms-server.ts', import.meta.url));
const git = async (cwd: string, ...args: string[]) => (await promisify(execFile)('git', args, { cwd })).stdout.trim();

/** Waits until a URL answers (any HTTP status), or fails after `timeout` ms. */
export async function waitForUrl(url: string, timeout = 60_000, init: RequestInit | undefined = undefined) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      await fetch(url, init);
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        throw new Error(`${url} did not answer within ${timeout} ms (${(error as Error).message})`, { cause: error });
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/**
 * Starts a long-running child process: `stop()` ends it; `exited` settles if it ends by itself
 * (a port in use, a crash), rejecting with what to tell the user.
 */
function daemon(command: string, args: readonly string[], options: SpawnOptions & { env: Record<string, string> }) {
  const child: ChildProcess = spawn(command, args, {
    stdio: 'inherit',
    ...options,
    env: { ...process.env, ...options.env },
  });
  let stopping = false;
  const exited = new Promise<never>((_, reject) =>
    child.on('exit', (code, signal) => {
      if (stopping) return;
      const how = signal ?? `exit ${code}`;
      console.error(`✗ ${command} stopped (${how})`);
      reject(new Error(`${command} 意外退出（见上方输出） / ${command} stopped (${how}; see above)`));
    }),
  );
  exited.catch(() => {}); // settled by whoever waits on it; a late exit is reported above
  const stop = () => {
    stopping = true;
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    return done;
  };
  return { stop, exited };
}

/** Whether something already listens on host:port. */
export function portInUse(host: string, port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EADDRINUSE' ? resolve(true) : reject(error),
    );
    probe.listen(port, host, () => probe.close(() => resolve(false)));
  });
}

/** Fails with a message an editor can act on when a port the live site needs is taken. */
async function assertPortsFree(
  ports: { host: string; port: number; what: string; whatEn: string; variable: string }[],
) {
  for (const { host, port, what, whatEn, variable } of ports) {
    if (await portInUse(host, port)) {
      throw new Error(
        `${what}端口 ${port} 已被占用（可能另一个 npm start 正在运行）。请先停止它，或换一个端口：${variable}=${port + 10} npm start\n` +
          `Port ${port} (${whatEn}) is in use, perhaps by another npm start. Stop it, or choose another port: ${variable}=${port + 10} npm start`,
      );
    }
  }
}

/** Astro's cache of optimized images (`assets/` in the build's cache folder). */
export const IMAGE_CACHE = `${BUILD_CACHE_DIR}assets`;

/**
 * A private checkout of the repository to build from. decap-server (git mode) checks out its
 * `cms/…` branches in the main working tree while it works, so a build reading that tree could
 * see another branch's files half-way; this linked worktree only ever holds published commits.
 * With a `name` it lives in the project's `.astro/` and is kept between runs (with its build
 * caches: a restarted `npm start` builds incrementally); without one it is temporary. A new
 * checkout starts with the project's optimized images (Astro's cache), when a build made them.
 */
export async function buildCheckout(root: string, name?: string): Promise<BuildCheckout> {
  const dir = name ? join(root, '.astro', name) : mkdtempSync(join(tmpdir(), 'xinhuo-build-'));
  await git(root, 'worktree', 'prune');
  if (!existsSync(join(dir, '.git'))) {
    await git(root, 'worktree', 'add', '--detach', '--force', dir, 'HEAD');
    const images = join(root, IMAGE_CACHE);
    if (existsSync(images)) cpSync(images, join(dir, IMAGE_CACHE), { recursive: true });
  }
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return {
    dir,
    checkout: (commit: string) => git(dir, 'checkout', '--detach', '--force', '--quiet', commit),
    // Ignored files (Astro's cache) stay behind `worktree remove`: delete the folder too.
    remove: async () => {
      if (name) return;
      await git(root, 'worktree', 'remove', '--force', dir).catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The build's content checks on `files` of the checkout `dir` (scripts/check-content.ts --json). */
async function checkFiles(
  dir: string,
  files: readonly string[],
  env: Record<string, string>,
): Promise<{ file: string; problems: EntryProblem[] }[]> {
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['scripts/check-content.ts', '.', ...files, '--json'],
      {
        cwd: dir,
        env: { ...process.env, ...env },
        maxBuffer: 64 << 20,
      },
    ).catch((error: { stdout: string }) => error); // exit 1 means problems were found: they are on stdout
    return JSON.parse(stdout);
  } catch (error) {
    // Without the checks the build itself still finds the problems, only later.
    console.error(`✗ 内容检查未能运行 / The content checks did not run: ${(error as Error).message}`);
    return [];
  }
}

/**
 * Puts a finished build (`from`, by default `<outDir>-next`) live without a moment in which `outDir` is missing:
 * each build becomes a folder of `<outDir>-releases/`, and `outDir` is a symbolic link to the live
 * one, replaced in one rename (as deploy/publish.sh does for nginx). Renaming the folders
 * themselves left `outDir` absent between two renames, and a reader's request then failed. The
 * release that was live before is kept until the next switch, so requests under way finish on it.
 */
export async function swapInBuild(root: string, outDir: string, from = `${outDir}-next`): Promise<void> {
  const releases = join(root, `${outDir}-releases`);
  const link = join(root, outDir);
  await mkdir(releases, { recursive: true });
  // A new, unique, empty folder; rename(2) may replace an empty folder.
  const release = await mkdtemp(join(releases, `${Date.now()}-`));
  await rename(join(root, from), release);
  const temp = `${link}.switch`;
  await rm(temp, { force: true });
  await symlink(relative(dirname(link), release), temp); // relative to the link's folder: the project can move
  const linked = existsSync(link) && lstatSync(link).isSymbolicLink();
  const before = linked ? basename(await readlink(link)) : undefined;
  // A folder in its place (a plain `npm run build` before): moved aside once, before anyone is served.
  if (existsSync(link) && !linked) await rename(link, join(root, `${outDir}-previous`));
  await rename(temp, link);
  await rm(join(root, `${outDir}-previous`), { recursive: true, force: true });
  for (const old of await readdir(releases)) {
    if (old !== basename(release) && old !== before) await rm(join(releases, old), { recursive: true, force: true });
  }
}

/**
 * What the site builds from each published commit, and what editors are told about it: the
 * publish gate (scripts/lib/publish-gate.ts) holds back files that cannot be built, the rest goes
 * live. `publish(commit)` builds into a temporary folder and swaps it in for `outDir`, so the
 * served site never shows a half-written or failed build; it resolves to whether a build went
 * live. `status()` is what the CMS shows: the files held back and why, the last failure.
 */
export function createPublisher({
  root,
  outDir,
  env,
  checkout,
}: {
  root: string;
  outDir: string;
  env: Record<string, string>;
  checkout: BuildCheckout;
}) {
  const state: {
    commit: string | undefined;
    live: string | undefined;
    holds: Map<string, GateHold>;
    building: boolean;
    failure: { reason: string; at: number } | undefined;
  } = { commit: undefined, live: undefined, holds: new Map(), building: false, failure: undefined };
  const next = `${outDir}-next`;
  const publish = async (commit: string) => {
    state.building = true;
    try {
      const result = await buildPublished({
        dir: checkout.dir,
        commit,
        live: state.live,
        previous: state.holds,
        check: ((dir, files) => checkFiles(dir, files, env)) satisfies CheckFiles,
        build: () =>
          buildSite({ cwd: checkout.dir, env: { ...env, XINHUO_OUT_DIR: join(root, next) }, keepOutput: true }),
      });
      state.commit = commit;
      state.holds = result.holds;
      for (const [file, hold] of result.holds) {
        console.error(
          `✗ 暂不上线 / Held back: ${file}\n${hold.problems.map((p) => `  • ${p.label}：${p.zh}`).join('\n')}`,
        );
      }
      if (!result.ok) {
        state.failure = { reason: result.reason, at: Date.now() };
        console.error(
          `✗ 重新构建失败，网站保持上一版本。 / Rebuild failed; the site keeps the previous build.\n${result.reason}`,
        );
        await rm(join(root, next), { recursive: true, force: true });
        return false;
      }
      state.live = result.live;
      state.failure = undefined;
      await swapInBuild(root, outDir);
      return true;
    } finally {
      state.building = false;
    }
  };
  const status = (): PublishStatus => ({
    commit: state.commit,
    live: state.live,
    building: state.building,
    failure: state.failure,
    holds: [...state.holds].map(([file, { problems, since, published = false }]) => ({
      file,
      problems,
      since,
      published,
    })),
  });
  return { publish, status, state };
}

/**
 * Watches the working branch: when its commit changes (a CMS publish merges into it), waits for
 * the change to settle (a publish is several git operations), then rebuilds that commit.
 * `onLive(ms)` is told how long after the change was seen the new build went live.
 */
export function watchBranch({
  root,
  branch,
  interval = 500,
  settle = 800,
  build,
  onLive = () => {},
}: {
  root: string;
  branch: string;
  interval?: number;
  settle?: number;
  build: (commit: string) => Promise<boolean>;
  onLive?: ((ms: number, commit: string) => void) | undefined;
}) {
  let seen: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  let building = false;
  let pending: { commit: string; since: number; quietSince: number } | undefined;
  let stopped = false;
  let current: Promise<boolean | void> = Promise.resolve();
  const tick = async () => {
    try {
      const commit = await git(root, 'rev-parse', `refs/heads/${branch}`);
      if (seen === undefined) seen = commit;
      if (commit !== seen) pending ??= { commit, since: Date.now(), quietSince: Date.now() };
      if (pending && commit !== pending.commit) Object.assign(pending, { commit, quietSince: Date.now() });
      const settled = pending && Date.now() - pending.quietSince >= settle;
      if (pending && settled && !building && !stopped) {
        building = true;
        const started = pending;
        pending = undefined;
        seen = started.commit;
        step(`内容已发布（${started.commit.slice(0, 7)}），重新构建网站 / Content published, rebuilding`);
        current = build(started.commit);
        if (await current) onLive(Date.now() - started.since, started.commit);
        building = false;
      }
    } catch (error) {
      console.error(`✗ watching ${branch}: ${(error as Error).message}`);
    }
    if (!stopped) timer = setTimeout(tick, interval);
  };
  void tick();
  /** Stops watching and waits for a build under way, so nothing is written afterwards. */
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await current;
  };
}

/** The workflow steps that send an entry on its way to readers: 待发布 and 发布. */
const isPublishing = (payload: CmsRequest | undefined) =>
  payload?.action === 'publishUnpublishedEntry' ||
  (payload?.action === 'updateUnpublishedEntryStatus' && payload.params?.newStatus === 'pending_publish');

/** What the CMS shows when it may not publish an entry: every problem, with its line. */
export function refusal(found: readonly { problems: EntryProblem[] }[]) {
  const problems = found.flatMap((f) => f.problems);
  const lines = problems.map((p) =>
    p.bodyLine !== undefined
      ? `• 正文第 ${p.bodyLine} 行：${p.zh}`
      : `• ${p.line === undefined ? '' : `第 ${p.line} 行 · `}${p.label}：${p.zh}`,
  );
  return [`这条内容有 ${problems.length} 处问题，网站无法发布它：`, ...lines, '请修改后保存，再发布。'].join('\n');
}

/** Reads a request's body as text. */
const bodyOf = async (request: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
};

/**
 * The CMS's gateway to decap-server, on a loopback port of its own (`astro preview` forwards
 * <base>api/v1/ and <base>api/xinhuo/ to it): before an entry may go to 待发布 or be published it
 * is checked with the build's checks (`checkEntry`) and refused with the problems; everything else
 * is passed on unchanged. GET /status is the publisher's status: what was held back and why, and
 * which entries were refused, so the CMS can show it on the entry.
 */
async function serveGateway({
  cmsPort,
  status,
  checkEntry,
}: {
  cmsPort: number;
  status: () => PublishStatus;
  checkEntry: CheckEntry;
}) {
  const refused = new Map<string, Awaited<ReturnType<CheckEntry>>>();
  const server = createServer(async (request, response) => {
    const send = (code: number, json: unknown) => {
      response.writeHead(code, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      response.end(JSON.stringify(json));
    };
    try {
      if (request.method === 'GET' && request.url?.startsWith('/status')) {
        // What the CMS reads (admin/publish-status.ts): the type checker keeps the two in step.
        return send(200, { ...status(), refused: [...refused.values()].flat() } satisfies CmsPublishStatus);
      }
      if (request.method !== 'POST' || !request.url?.startsWith('/api/v1')) return send(404, { error: 'Not found' });
      const body = await bodyOf(request);
      let payload: CmsRequest | undefined;
      try {
        payload = JSON.parse(body);
      } catch {
        payload = undefined; // decap-server answers malformed requests itself
      }
      if (isPublishing(payload)) {
        const { collection, slug } = payload!.params as { collection: string; slug: string };
        const found = await checkEntry(collection, slug);
        if (found.length) {
          refused.set(`${collection}/${slug}`, found);
          return send(422, { error: refusal(found) });
        }
        refused.delete(`${collection}/${slug}`);
      }
      const answer = await fetch(`http://127.0.0.1:${cmsPort}/api/v1`, {
        method: 'POST',
        headers: { 'content-type': request.headers['content-type'] ?? 'application/json' },
        body,
      });
      response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
      response.end(Buffer.from(await answer.arrayBuffer()));
    } catch (error) {
      send(502, { error: `内容管理服务暂时不可用，请稍后重试。（${(error as Error).message}）` });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Checks one CMS entry as it would be published: its workflow branch (`cms/<collection>/<slug>`)
 * or, without one, the working branch, checked out in a worktree of its own with its uploads.
 * One check at a time; resolves to the files with problems.
 */
function entryChecker({
  root,
  branch,
  env,
  checkout,
}: {
  root: string;
  branch: string;
  env: Record<string, string>;
  checkout: BuildCheckout;
}): CheckEntry {
  let queue: Promise<unknown> = Promise.resolve();
  return (collection, slug) => {
    const task = queue.then(async () => {
      const draft = `refs/heads/cms/${collection}/${slug}`;
      const ref = (await git(root, 'rev-parse', '--verify', '--quiet', draft).catch(() => '')) || branch;
      await checkout.checkout(ref);
      const listed = await git(
        checkout.dir,
        'ls-tree',
        '-r',
        '--name-only',
        'HEAD',
        '--',
        `src/content/${collection}/`,
      );
      const files = listed.split('\n').filter((file) => basename(file).replace(/\.[^.]+$/, '') === slug);
      return files.length ? checkFiles(checkout.dir, files, env) : [];
    });
    queue = task.catch(() => {});
    return task;
  };
}

/**
 * Builds and serves the site at http://host:port<base>, starts decap-server (git mode, loopback
 * only) on `cmsPort` behind the site's origin at <base>api/v1 (through the gateway, which checks
 * entries before 待发布 and 发布 unless `precheck` is false), and rebuilds after each publish,
 * holding back what cannot be built (createPublisher).
 */
export async function startLiveSite({
  root = process.cwd(),
  host,
  port,
  cmsPort,
  base = '/',
  onLive,
  precheck = true,
}: {
  root?: string;
  host: string;
  /** The site's port; without one, a free port is taken just before the servers start (tests, bench). */
  port?: number;
  /** decap-server's port (loopback); without one, as `port`. */
  cmsPort?: number;
  base?: string;
  onLive?: (ms: number, commit: string) => void;
  /** Check entries before 待发布 and 发布 (default true); false only to test the publish gate behind it. */
  precheck?: boolean;
}) {
  const { outDir } = readConfig();
  const wanted = (site: number, cms: number) => [
    { host, port: site, what: '网站', whatEn: 'the site', variable: 'PORT' },
    {
      host: '127.0.0.1',
      port: cms,
      what: '内容管理（decap-server）',
      whatEn: 'decap-server',
      variable: 'XINHUO_CMS_PORT',
    },
  ];
  // Before the minute of building, so a second `npm start` says at once why it cannot run.
  if (port !== undefined && cmsPort !== undefined) await assertPortsFree(wanted(port, cmsPort));
  // The builds only need to know that the CMS is behind a gateway (/admin/ then shows the publish status).
  const env = { XINHUO_BASE: base, XINHUO_OUT_DIR: outDir, XINHUO_CMS_PROXY: String(cmsPort ?? readConfig().cmsPort) };
  const branch = (await git(root, 'symbolic-ref', '--short', 'HEAD')) || 'main';
  const checkout = await buildCheckout(root, 'live-build');
  const publisher = createPublisher({ root, outDir, env, checkout });
  // What went live last time `npm start` ran, so entries held then are held again, not dropped.
  publisher.state.live = (await git(root, 'rev-parse', '--verify', '--quiet', LIVE_REF).catch(() => '')) || undefined;
  step('Building the site');
  if (!(await publisher.publish(await git(root, 'rev-parse', 'HEAD')))) {
    await checkout.remove();
    throw new Error('网站构建失败（见上方输出） / The site did not build (see above)');
  }
  // Ports not given are taken now, not before the build: in the minute it takes, another process
  // (a second test worker) could be handed the same free port.
  const sitePort = port ?? (await freePort());
  const decapPort = cmsPort ?? (await freePort());
  await assertPortsFree(wanted(sitePort, decapPort)).catch(async (error) => {
    await checkout.remove();
    throw error;
  });
  const checker = await buildCheckout(root);
  const gateway = await serveGateway({
    cmsPort: decapPort,
    status: publisher.status,
    // Without the check (tests of the publish gate behind it), every step is passed on.
    checkEntry: precheck ? entryChecker({ root, branch, env, checkout: checker }) : async () => [],
  });
  step(`Starting decap-server (git mode, branch ${branch}) on 127.0.0.1:${decapPort}`);
  // decap-server's git mode, with the editor's name as each commit's author (scripts/cms-server.ts).
  const cms = daemon(process.execPath, [CMS_SERVER], {
    cwd: root,
    env: { MODE: 'git', BIND_HOST: '127.0.0.1', PORT: String(decapPort), GIT_REPO_DIRECTORY: root, LOG_LEVEL: 'warn' },
  });
  // The CMS reaches decap-server through the gateway, which checks entries before they are published.
  // With `strictPort` (astro.config.mjs) the preview serves on this port or stops.
  const site = daemon('astro', ['preview', '--ignore-lock', '--host', host, '--port', String(sitePort)], {
    cwd: root,
    env: { ...env, XINHUO_CMS_PROXY: String(gateway.port) },
  });
  const stopServers = async () => {
    await Promise.all([site.stop(), cms.stop(), gateway.close()]);
    await Promise.all([checkout.remove(), checker.remove()]);
  };
  try {
    // A server that stops while being waited for (a port taken after all, a crash) fails the start.
    const exited = Promise.race([cms.exited, site.exited]);
    exited.catch(() => {}); // a stop after the start is reported by daemon()
    await Promise.race([waitForUrl(`http://127.0.0.1:${decapPort}/api/v1`, 30_000, { method: 'POST' }), exited]);
    await Promise.race([waitForUrl(`http://${host}:${sitePort}${base}`), exited]);
  } catch (error) {
    await stopServers();
    throw error;
  }
  const stopWatch = watchBranch({ root, branch, build: publisher.publish, onLive });
  return {
    port: sitePort,
    cmsPort: decapPort,
    stop: async () => {
      await stopWatch();
      await stopServers();
    },
  };
}
