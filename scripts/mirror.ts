// npm run mirror: the intranet mirror's release archive.
//
//   npm run mirror -- --base /dangjian/ --site https://dangjian.example.edu.cn [--out mirror/]
//
// Builds the site for the given sub-path and origin into a temporary folder, checks that no page
// carries inline code the strict Content-Security-Policy would block, precompresses text files for
// nginx's gzip_static, writes a SHA-256 manifest of every file and packs one archive:
//
//   mirror/xinhuo-<version>-<commit>-<yyyymmdd-hhmm>.tar.gz (+ .sha256)
//     xinhuo-…/site/…          the static site, served at the base path
//     xinhuo-…/release.json    version, commit, build time, base path, site URL
//     xinhuo-…/SHA256SUMS      sha256sum -c format, every file above
//
// deploy/publish.sh installs it. A failed build or check writes no archive and exits non-zero; so
// does an output holding a symbolic link or another file that is not a regular one.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findInlineCode } from './lib/inline-code.ts';
import {
  assertRegularFiles,
  listFiles,
  NotRegularFilesError,
  packRelease,
  precompress,
  RELEASE_INFO,
  SITE_DIR,
  writeManifest,
} from './lib/mirror-pack.ts';
import { isSet, readConfig } from '../src/config.ts';
import { formatTime, isoDate } from '../src/lib/date.ts';
import { buildSite } from './lib/build-site.ts';
import { step } from './lib/run.ts';

const config = readConfig();
const { values: args } = parseArgs({
  options: {
    // The mirror's own default is a sub-path; XINHUO_BASE (src/config.ts) still chooses another.
    base: { type: 'string', default: isSet('base') ? config.base : '/dangjian/' },
    site: { type: 'string', default: isSet('site') ? config.site : undefined },
    out: { type: 'string', default: 'mirror' },
    help: { type: 'boolean', short: 'h' },
  },
});

const USAGE = `Usage: npm run mirror -- [--base /dangjian/] --site https://dangjian.example.edu.cn [--out mirror/]
  --base  the path the site is served under (env XINHUO_BASE, default /dangjian/)
  --site  the origin readers use, for canonical links, RSS and the sitemap (env XINHUO_SITE)
  --out   folder for the archive (default mirror/)`;

/** A stop with a message in Chinese and English and no archive written. */
class MirrorError extends Error {}

function checkArgs({ base, site }: { base: string; site?: string | undefined }) {
  if (!/^\/([\w.-]+\/)*$/.test(base)) {
    throw new MirrorError(
      `--base 须以 / 开头和结尾，如 /dangjian/ · --base must start and end with /, e.g. /dangjian/ (got "${base}")`,
    );
  }
  if (!site) {
    throw new MirrorError(
      '请用 --site 或 XINHUO_SITE 给出读者访问的地址，如 https://dangjian.example.edu.cn · --site is required',
    );
  }
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    throw new MirrorError(`--site 不是有效网址 · --site is not a valid URL: "${site}"`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    throw new MirrorError(
      `--site 只写协议和主机（路径用 --base）· --site is an origin only, the path goes in --base: "${site}"`,
    );
  }
  return url.origin;
}

/** Commit of the checkout, with `-dirty` when it has uncommitted changes (the archive then is not reproducible from git). */
function commitId() {
  try {
    const git = (...a: string[]) =>
      execFileSync('git', a, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain') ? '-dirty' : '');
  } catch {
    return 'nogit';
  }
}

/** Build time in Beijing time (the site's time zone): `20261125-1430`. */
const stamp = (date: Date) => `${isoDate(date).replaceAll('-', '')}-${formatTime(date).replace(':', '')}`;

async function auditInlineCode(siteDir: string) {
  const problems: string[] = [];
  for (const path of (await listFiles(siteDir)).filter((p) => p.endsWith('.html'))) {
    for (const finding of findInlineCode(await readFile(join(siteDir, path), 'utf8')))
      problems.push(`${path}: ${finding}`);
  }
  if (problems.length > 0) {
    throw new MirrorError(
      `${problems.length} 处内联代码会被内容安全策略（CSP）拦截，请改为外部文件 · inline code the CSP would block:\n  ${problems.slice(0, 20).join('\n  ')}`,
    );
  }
}

async function main() {
  if (args.help) return console.log(USAGE);
  const site = checkArgs(args);
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const builtAt = new Date();
  const commit = commitId();
  const name = `xinhuo-${version}-${commit}-${stamp(builtAt)}`;
  const outDir = resolve(args.out);
  const archive = join(outDir, `${name}.tar.gz`);
  if (existsSync(archive)) throw new MirrorError(`归档已存在 · archive exists: ${archive}`);

  const work = await mkdtemp(join(tmpdir(), 'xinhuo-mirror-'));
  try {
    const releaseDir = join(work, name);
    const siteDir = join(releaseDir, SITE_DIR);
    step(`Building the site for ${site}${args.base}`);
    await buildSite({
      env: { XINHUO_BASE: args.base, XINHUO_SITE: site, XINHUO_OUT_DIR: siteDir },
    }).catch((error) => {
      throw new MirrorError(
        `构建失败，未生成归档 · the build failed, no archive written (${(error as Error).message})`,
      );
    });
    // The build stops at a link in public/ (src/checks/regular-files.ts); this catches whatever else
    // could put one in the output. packRelease checks the whole release once more.
    step('Checking that the output holds regular files only (no links, pipes or devices)');
    assertRegularFiles(releaseDir);
    for (const required of ['index.html', '404.html']) {
      if (!existsSync(join(siteDir, required)))
        throw new MirrorError(`构建结果缺少 ${required} · the build has no ${required}`);
    }
    step('Checking every page for inline code the Content-Security-Policy would block');
    await auditInlineCode(siteDir);
    step('Precompressing text files (.gz for nginx gzip_static)');
    const pages = (await listFiles(siteDir)).length;
    const { files: gzipped, saved } = await precompress(siteDir);
    const info = { name, version, commit, builtAt: builtAt.toISOString(), base: args.base, site, files: pages };
    await writeFile(join(releaseDir, RELEASE_INFO), `${JSON.stringify(info, null, 2)}\n`);
    const listed = await writeManifest(releaseDir);
    step('Packing the archive');
    await mkdir(outDir, { recursive: true });
    const { digest, size } = await packRelease(releaseDir, archive);
    console.log(`
  archive   ${archive}
  size      ${(size / 1024 / 1024).toFixed(1)} MiB, SHA-256 ${digest}
  contents  ${pages} site files + ${gzipped} precompressed .gz (${(saved / 1024 / 1024).toFixed(1)} MiB saved), ${listed} files in SHA256SUMS
  serves at ${site}${args.base}
  install   sudo deploy/publish.sh publish ${archive}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  const explained = error instanceof MirrorError || error instanceof NotRegularFilesError;
  console.error(`\n✗ ${explained ? error.message : (error as Error).stack}`);
  process.exit(1);
}
