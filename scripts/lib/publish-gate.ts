// The publish gate: which version of each content file goes live. A publish that breaks the build
// must not stop every later publish (the working branch keeps the bad commit: it is what the editor
// typed). So each rebuild starts from the published commit, checks the files that differ from what
// is live with the build's own checks (scripts/check-content.ts), holds back the files with
// problems — their live version stays, or they stay off the site if they never had one — and builds
// the rest. Holds are reported to the CMS with the reasons (scripts/lib/live-site.ts).
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { RunError } from './run.ts';

/** A problem with a file, as the build's content checks report it (scripts/check-content.ts --json). */
export interface FileProblem {
  path: string;
  label: string;
  zh: string;
  en: string;
  line?: number;
}

/** A file the gate holds back: why, its blob when held, since when, and whether an older version is live. */
export interface GateHold {
  problems: FileProblem[];
  blob: string | undefined;
  since: number;
  /** Held because a build failed without naming a file: stays held while its content is unchanged. */
  suspect?: boolean;
  /** Whether readers still see an older version of it (false: it is not on the site at all). */
  published?: boolean;
}

/** The content checks the gate runs on the files a publish changes. */
export type CheckFiles = (dir: string, files: string[]) => Promise<{ file: string; problems: FileProblem[] }[]>;

/** The outcome of one round: built (with the tree that went live), or not, with why. */
export type GateResult =
  | { ok: true; live: string; holds: Map<string, GateHold> }
  | { ok: false; live: string | undefined; holds: Map<string, GateHold>; error: unknown; reason: string };

/** The private ref of the tree that is live: the published commit with its held files put back. */
export const LIVE_REF = 'refs/xinhuo/live';

/** What a publish can change that the site shows. */
const CONTENT_PATHS = ['src/content', 'public'];

/** Files the build's content checks know (entries and settings). */
const isEntry = (file: string) => file.startsWith('src/content/');

/** How many times a failed build is retried with more files held back before the gate gives up. */
const MAX_RETRIES = 3;

/** The identity of the gate's own records (the tree that went live); never on the working branch. */
const GATE_IDENTITY = {
  GIT_AUTHOR_NAME: '薪火发布',
  GIT_AUTHOR_EMAIL: 'publish@xinhuo.invalid',
  GIT_COMMITTER_NAME: '薪火发布',
  GIT_COMMITTER_EMAIL: 'publish@xinhuo.invalid',
};

/** Runs git in `cwd`; stdout without its final newline. */
export const gitIn = async (cwd: string, args: readonly string[], env: Record<string, string> = {}) =>
  (
    await promisify(execFile)('git', args, { cwd, env: { ...process.env, ...env }, maxBuffer: 64 << 20 })
  ).stdout.replace(/\n$/, '');

const lines = (text: string) => text.split('\n').filter(Boolean);

/** The blob of `file` at `commit`, or undefined when the commit has no such file. */
const blobOf = (dir: string, commit: string, file: string): Promise<string | undefined> =>
  gitIn(dir, ['rev-parse', '--verify', '--quiet', `${commit}:${file}`]).catch(() => undefined);

/** Content files that differ between two commits (or every content file of `to` when `from` is unknown). */
export async function changedFiles(dir: string, from: string | undefined, to: string) {
  if (!from) return lines(await gitIn(dir, ['ls-tree', '-r', '--name-only', to, '--', ...CONTENT_PATHS]));
  return lines(await gitIn(dir, ['diff', '--name-only', '--no-renames', from, to, '--', ...CONTENT_PATHS]));
}

/** Puts the live version of each file back in the checkout, or removes the file when nothing of it is live. */
async function holdBack(dir: string, live: string | undefined, files: readonly string[]) {
  for (const file of files) {
    if (live && (await blobOf(dir, live, file))) await gitIn(dir, ['checkout', live, '--', file]);
    else await rm(join(dir, file), { force: true });
  }
}

/** The lines of a failed build's output that say why, without terminal colours; at most `max`. */
export function buildReason(output: unknown, max = 12) {
  // eslint-disable-next-line no-control-regex
  const text = String(output ?? '').replace(/\x1b\[[0-9;]*m/g, '');
  const all = text.split('\n').map((l) => l.trimEnd());
  const start = all.findIndex((l) => /内容错误|error|错误|failed/i.test(l));
  return all
    .slice(start < 0 ? Math.max(0, all.length - max) : start)
    .filter(Boolean)
    .slice(0, max)
    .join('\n');
}

/** The problem recorded for a file held back because the build failed with it. */
const buildProblem = (reason: string): FileProblem => ({
  path: 'file',
  label: '整个文件',
  zh: `网站构建失败，这条内容暂未上线。构建输出：\n${reason}`,
  en: `The site build failed with this file. Build output:\n${reason}`,
});

/**
 * Builds `commit` in the checkout `dir` with every file that cannot be built held back.
 * - `live`: the commit whose tree is live now (undefined on the first build: all content is checked);
 * - `previous`: the holds of the last round, by file (files held because of a build failure that
 *   named no file stay held while their content is unchanged: the same file would fail again);
 * - `check(dir, files)`: the build's content checks → `[{ file, problems }]`;
 * - `build()`: builds the checkout as it is; rejects (with `error.output`) when the build fails.
 * Resolves to `{ ok, live, holds, error }`: `live` is the commit of the tree that was built (the
 * published commit itself when nothing is held), recorded under LIVE_REF.
 */
export async function buildPublished({
  dir,
  commit,
  live,
  previous = new Map(),
  check,
  build,
}: {
  dir: string;
  commit: string;
  live: string | undefined;
  previous?: Map<string, GateHold>;
  check: CheckFiles;
  build: () => Promise<void>;
}): Promise<GateResult> {
  await gitIn(dir, ['checkout', '--detach', '--force', '--quiet', commit]);
  const changed = await changedFiles(dir, live, commit);
  const holds = new Map<string, GateHold>();
  for (const file of changed) {
    const hold = previous.get(file);
    if (hold?.suspect && hold.blob === (await blobOf(dir, commit, file))) holds.set(file, hold);
  }
  const toCheck = changed.filter((file) => isEntry(file) && !holds.has(file));
  for (const { file, problems } of toCheck.length ? await check(dir, toCheck) : []) {
    holds.set(file, {
      problems,
      blob: await blobOf(dir, commit, file),
      since: previous.get(file)?.since ?? Date.now(),
    });
  }
  for (let attempt = 0; ; attempt++) {
    await holdBack(dir, live, [...holds.keys()]);
    try {
      await build();
      break;
    } catch (caught) {
      const error = caught as RunError;
      const reason = buildReason(error.output ?? error.message);
      const open = changed.filter((file) => !holds.has(file));
      // The build names the file when it can (content errors do); otherwise everything not yet
      // live is held, and stays held until it changes, so later publishes go through.
      const named = open.filter((file) => String(error.output ?? '').includes(file));
      const next = named.length ? named : open;
      if (next.length === 0 || attempt >= MAX_RETRIES) return { ok: false, live, holds, error, reason };
      for (const file of next) {
        const blob = await blobOf(dir, commit, file);
        holds.set(file, { problems: [buildProblem(reason)], blob, suspect: !named.length, since: Date.now() });
      }
    }
  }
  // Whether readers still see an older version of each held file, or nothing of it.
  for (const [file, hold] of holds) hold.published = Boolean(live && (await blobOf(dir, live, file)));
  let built = commit;
  if (holds.size) {
    await gitIn(dir, ['add', '--all', '--', ...holds.keys()]);
    const tree = await gitIn(dir, ['write-tree']);
    const message = `Live: ${commit.slice(0, 7)} without ${holds.size} held file(s)\n\n${[...holds.keys()].join('\n')}`;
    built = await gitIn(dir, ['commit-tree', tree, '-p', commit, '-m', message], GATE_IDENTITY);
  }
  await gitIn(dir, ['update-ref', LIVE_REF, built]);
  return { ok: true, live: built, holds };
}
