// The editors' local setup: the built site, decap-server in git mode, and a rebuild after every
// publish. Used by `npm start` and by the CMS end-to-end tests (in a temporary clone).
import { spawn, execFile } from 'node:child_process';
import { existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { buildSite } from './build-site.mjs';
import { step } from './run.mjs';

const CMS_SERVER = fileURLToPath(new URL('../cms-server.mjs', import.meta.url));
const git = async (cwd, ...args) => (await promisify(execFile)('git', args, { cwd })).stdout.trim();

/** Waits until a URL answers (any HTTP status), or fails after `timeout` ms. */
export async function waitForUrl(url, timeout = 60_000, init = undefined) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      await fetch(url, init);
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        throw new Error(`${url} did not answer within ${timeout} ms (${error.message})`, { cause: error });
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** Starts a long-running child process; it is stopped with the returned function. */
function daemon(command, args, options) {
  const child = spawn(command, args, { stdio: 'inherit', ...options, env: { ...process.env, ...options.env } });
  child.on('exit', (code, signal) => {
    if (!child.stopping) console.error(`✗ ${command} stopped (${signal ?? `exit ${code}`})`);
  });
  return () => {
    child.stopping = true;
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    return exited;
  };
}

/**
 * A private checkout of the repository to build from. decap-server (git mode) checks out its
 * `cms/…` branches in the main working tree while it works, so a build reading that tree could
 * see another branch's files half-way; this linked worktree only ever holds published commits.
 */
export async function buildCheckout(root) {
  const dir = mkdtempSync(join(tmpdir(), 'xinhuo-build-'));
  await git(root, 'worktree', 'add', '--detach', '--force', dir, 'HEAD');
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return {
    dir,
    checkout: (commit) => git(dir, 'checkout', '--detach', '--force', '--quiet', commit),
    // Ignored files (Astro's cache) stay behind `worktree remove`: delete the folder too.
    remove: async () => {
      await git(root, 'worktree', 'remove', '--force', dir).catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Builds `commit` in the build checkout into a temporary folder and swaps it in for `outDir`, so
 * the served site never shows a half-written or failed build. Returns whether it went live.
 */
export async function rebuild({ root, outDir, env, checkout, commit }) {
  const next = `${outDir}-next`;
  const previous = `${outDir}-previous`;
  try {
    await checkout.checkout(commit);
    await buildSite({ cwd: checkout.dir, env: { ...env, XINHUO_OUT_DIR: join(root, next) } });
  } catch (error) {
    console.error(
      `✗ 重新构建失败，网站保持上一版本。 / Rebuild failed; the site keeps the previous build.\n  ${error.message}`,
    );
    await rm(join(root, next), { recursive: true, force: true });
    return false;
  }
  await rm(join(root, previous), { recursive: true, force: true });
  if (existsSync(join(root, outDir))) await rename(join(root, outDir), join(root, previous));
  await rename(join(root, next), join(root, outDir));
  await rm(join(root, previous), { recursive: true, force: true });
  return true;
}

/**
 * Watches the working branch: when its commit changes (a CMS publish merges into it), waits for
 * the change to settle (a publish is several git operations), then rebuilds that commit.
 * `onLive(ms)` is told how long after the change was seen the new build went live.
 */
export function watchBranch({ root, branch, interval = 500, settle = 800, build, onLive = () => {} }) {
  let seen;
  let timer;
  let building = false;
  let pending;
  let stopped = false;
  let current = Promise.resolve();
  const tick = async () => {
    try {
      const commit = await git(root, 'rev-parse', `refs/heads/${branch}`);
      if (seen === undefined) seen = commit;
      if (commit !== seen) pending ??= { commit, since: Date.now(), quietSince: Date.now() };
      if (pending && commit !== pending.commit) Object.assign(pending, { commit, quietSince: Date.now() });
      const settled = pending && Date.now() - pending.quietSince >= settle;
      if (settled && !building && !stopped) {
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
      console.error(`✗ watching ${branch}: ${error.message}`);
    }
    if (!stopped) timer = setTimeout(tick, interval);
  };
  tick();
  /** Stops watching and waits for a build under way, so nothing is written afterwards. */
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await current;
  };
}

/**
 * Builds and serves the site at http://host:port<base>, starts decap-server (git mode, loopback
 * only) on `cmsPort` behind the site's origin at <base>api/v1, and rebuilds after each publish.
 */
export async function startLiveSite({ root = process.cwd(), host, port, cmsPort, base = '/', onLive }) {
  const outDir = process.env.XINHUO_OUT_DIR || 'dist';
  const env = { XINHUO_BASE: base, XINHUO_OUT_DIR: outDir, XINHUO_CMS_PROXY: String(cmsPort) };
  const branch = (await git(root, 'symbolic-ref', '--short', 'HEAD')) || 'main';
  step('Building the site');
  await buildSite({ cwd: root, env });
  step(`Starting decap-server (git mode, branch ${branch}) on 127.0.0.1:${cmsPort}`);
  // decap-server's git mode, with the editor's name as each commit's author (scripts/cms-server.mjs).
  const stopCms = daemon(process.execPath, [CMS_SERVER], {
    cwd: root,
    env: { MODE: 'git', BIND_HOST: '127.0.0.1', PORT: String(cmsPort), GIT_REPO_DIRECTORY: root, LOG_LEVEL: 'warn' },
  });
  const stopSite = daemon('astro', ['preview', '--ignore-lock', '--host', host, '--port', String(port)], {
    cwd: root,
    env,
  });
  await waitForUrl(`http://127.0.0.1:${cmsPort}/api/v1`, 30_000, { method: 'POST' });
  await waitForUrl(`http://${host}:${port}${base}`);
  const checkout = await buildCheckout(root);
  const stopWatch = watchBranch({
    root,
    branch,
    build: (commit) => rebuild({ root, outDir, env, checkout, commit }),
    onLive,
  });
  return async () => {
    await stopWatch();
    await Promise.all([stopSite(), stopCms()]);
    await checkout.remove();
  };
}
