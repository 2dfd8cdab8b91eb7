// The editors' local setup: the built site, decap-server in git mode, and a rebuild after every
// publish. Used by `npm start` and by the CMS end-to-end tests (in a temporary clone).
import { spawn, execFile, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createServer as createNetServer } from 'node:net';
import { cpSync, existsSync, lstatSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { readConfig } from '../../src/config.ts';
import { BUILD_CACHE_DIR } from '../../src/lib/files.ts';
import { buildSite, SEARCH_JOB_PREFIX } from './build-site.ts';
import { freePort } from './builds.ts';
import { buildPublished, LIVE_REF, type CheckFiles, type FileProblem, type GateHold } from './publish-gate.ts';
import { step } from './run.ts';
import type { PublishStatus as CmsPublishStatus } from '../../admin/publish-status.ts';
import { accountStore } from '../cms/accounts.ts';
import { ApiRefusal } from '../cms/api.ts';
import { startEditorsServer } from '../cms/server.ts';
import { contentStore } from '../cms/store.ts';

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

/** Checks one CMS entry as it would be published → the files with problems. */
type CheckEntry = (collection: string, slug: string) => Promise<{ file: string; problems: EntryProblem[] }[]>;

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

/** Whether a process is alive (a folder named with its id may still be in use). */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Deletes what a killed `npm start` left: the private build checkouts registered in this
 * repository, a half-written next build, and the temporary folders of builds whose process is gone.
 */
export async function cleanLeftovers(root: string, outDir: string) {
  const listed = await git(root, 'worktree', 'list', '--porcelain');
  for (const line of listed.split('\n')) {
    const dir = line.startsWith('worktree ') ? line.slice('worktree '.length) : '';
    if (dir.startsWith(join(tmpdir(), 'xinhuo-build-'))) {
      step(`Removing a build checkout left by a stopped run: ${dir}`);
      await git(root, 'worktree', 'remove', '--force', dir).catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    }
  }
  await git(root, 'worktree', 'prune');
  // git's lock of a checkout killed mid-way; only this process uses its build checkouts.
  rmSync(join(root, '.git', 'worktrees', 'live-build', 'index.lock'), { force: true });
  rmSync(join(root, `${outDir}-next`), { recursive: true, force: true });
  for (const name of readdirSync(tmpdir())) {
    const pid = Number(name.startsWith(SEARCH_JOB_PREFIX) && name.slice(SEARCH_JOB_PREFIX.length).split('-')[0]);
    if (pid && !alive(pid)) rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}

/**
 * Builds and serves the site at http://host:port<base>, starts the editors' server (scripts/cms/,
 * loopback only) on `cmsPort` behind the site's origin at <base>api/ (it checks entries before
 * 待发布 and 发布 unless `precheck` is false), and rebuilds after each publish, holding back what
 * cannot be built (createPublisher). First it puts right what a killed run left (cleanLeftovers,
 * the content store's recover).
 */
export async function startLiveSite({
  root = process.cwd(),
  host,
  port,
  cmsPort,
  base = '/',
  onLive,
  precheck = true,
  log = (line: string) => console.log(line),
}: {
  root?: string;
  host: string;
  /** The site's port; without one, a free port is taken just before the servers start (tests, bench). */
  port?: number;
  /** The editors' server's port (loopback); without one, as `port`. */
  cmsPort?: number;
  base?: string;
  onLive?: (ms: number, commit: string) => void;
  /** Check entries before 待发布 and 发布 (default true); false only to test the publish gate behind it. */
  precheck?: boolean;
  /** Where the editors' server writes its log lines (sign-ins, recoveries, errors). */
  log?: (line: string) => void;
}) {
  const config = readConfig();
  const { outDir } = config;
  const wanted = (site: number, cms: number) => [
    { host, port: site, what: '网站', whatEn: 'the site', variable: 'PORT' },
    { host: '127.0.0.1', port: cms, what: '内容管理服务', whatEn: "the editors' server", variable: 'XINHUO_CMS_PORT' },
  ];
  // Before the minute of building, so a second `npm start` says at once why it cannot run.
  if (port !== undefined && cmsPort !== undefined) await assertPortsFree(wanted(port, cmsPort));
  // The builds only need to know that the CMS is behind the editors' server (/admin/ then shows the publish status).
  const env = { XINHUO_BASE: base, XINHUO_OUT_DIR: outDir, XINHUO_CMS_PROXY: String(cmsPort ?? config.cmsPort) };
  const head = await git(root, 'symbolic-ref', '--short', 'HEAD').catch(() => '');
  // A checkout left on a draft branch (a kill during decap-server's save) publishes to the configured branch.
  const branch = (head.startsWith('cms/') ? config.cmsBranch : head) || 'main';
  await cleanLeftovers(root, outDir);
  const store = await contentStore(root, branch, log);
  await store.recover();
  const checkout = await buildCheckout(root, 'live-build');
  const publisher = createPublisher({ root, outDir, env, checkout });
  // What went live last time `npm start` ran, so entries held then are held again, not dropped.
  publisher.state.live = (await git(root, 'rev-parse', '--verify', '--quiet', LIVE_REF).catch(() => '')) || undefined;
  step('Building the site');
  if (!(await publisher.publish(await store.tip()))) {
    await checkout.remove();
    throw new Error('网站构建失败（见上方输出） / The site did not build (see above)');
  }
  // Ports not given are taken now, not before the build: in the minute it takes, another process
  // (a second test worker) could be handed the same free port.
  const sitePort = port ?? (await freePort());
  const editorsPort = cmsPort ?? (await freePort());
  await assertPortsFree(wanted(sitePort, editorsPort)).catch(async (error) => {
    await checkout.remove();
    throw error;
  });
  const checker = await buildCheckout(root);
  const checkEntry = precheck ? entryChecker({ root, branch, env, checkout: checker }) : async () => [];
  /** Entries refused at 待发布 or 发布, with their problems, until they pass: the CMS shows them on the entry. */
  const refused = new Map<string, Awaited<ReturnType<CheckEntry>>>();
  step(`Starting the editors' server (branch ${branch}) on 127.0.0.1:${editorsPort}`);
  const editors = await startEditorsServer({
    port: editorsPort,
    base,
    store,
    accounts: accountStore(join(resolve(root, config.cmsData), 'accounts.json')),
    maxUploadBytes: config.cmsUploadMb * 1_048_576,
    log,
    // What the CMS reads (admin/publish-status.ts): the type checker keeps the two in step.
    status: () => ({ ...publisher.status(), refused: [...refused.values()].flat() }) satisfies CmsPublishStatus,
    check: async (collection, slug) => {
      const found = await checkEntry(collection, slug);
      if (found.length) {
        refused.set(`${collection}/${slug}`, found);
        throw new ApiRefusal(422, refusal(found));
      }
      refused.delete(`${collection}/${slug}`);
    },
  });
  // With `strictPort` (astro.config.mjs) the preview serves on this port or stops.
  const site = daemon('astro', ['preview', '--ignore-lock', '--host', host, '--port', String(sitePort)], {
    cwd: root,
    env: { ...env, XINHUO_CMS_PROXY: String(editors.port) },
  });
  const stopServers = async () => {
    await Promise.all([site.stop(), editors.close()]);
    await Promise.all([checkout.remove(), checker.remove()]);
  };
  try {
    // A server that stops while being waited for (a port taken after all, a crash) fails the start.
    await Promise.race([waitForUrl(`http://${host}:${sitePort}${base}`), site.exited]);
  } catch (error) {
    await stopServers();
    throw error;
  }
  const stopWatch = watchBranch({ root, branch, build: publisher.publish, onLive });
  return {
    port: sitePort,
    cmsPort: editors.port,
    /** The first administrator's setup page (a path under the site), while no account exists. */
    setupPath: editors.setupPath,
    stop: async () => {
      await stopWatch();
      await stopServers();
    },
  };
}
