import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { packRelease, sha256File, writeManifest } from '../../scripts/lib/mirror-pack.ts';
import { expect, test } from '../fixtures.ts';
import { MIRROR, publishSh } from './mirror.ts';

// These tests switch the live release, so they run one after the other. The other specs may read
// the site meanwhile: every release published here serves the same pages.
test.describe.configure({ mode: 'serial' });

const live = () => readlinkSync(join(MIRROR.root, 'current'));

/** Unpacks the tested archive into a fresh folder and returns its release folder. */
function unpack() {
  const dir = mkdtempSync(join(tmpdir(), 'xinhuo-release-'));
  const result = spawnSync('tar', ['-xzf', MIRROR.archive, '-C', dir]);
  expect(result.status).toBe(0);
  const [name] = readdirSync(dir);
  return { dir, release: join(dir, name!) };
}

/** Writes `<archive>.sha256` matching the archive as it is, as if it had come from npm run mirror. */
async function withSha256(archive: string) {
  writeFileSync(`${archive}.sha256`, `${await sha256File(archive)}  ${basename(archive)}\n`);
  return archive;
}

/** Packs a release folder with GNU tar, as it is (packRelease would refuse a link), with its .sha256. */
function tarRelease(release: string, archive: string) {
  expect(spawnSync('tar', ['-czf', archive, '-C', join(release, '..'), basename(release)]).status).toBe(0);
  return withSha256(archive);
}

test('a truncated, tampered, mismatched or wrong-base archive never replaces the live release', async ({ request }) => {
  const before = live();
  const dir = mkdtempSync(join(tmpdir(), 'xinhuo-bad-'));

  const truncated = join(dir, 'truncated.tar.gz');
  const whole = readFileSync(MIRROR.archive);
  writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length * 0.6)));
  expect(publishSh('publish', await withSha256(truncated)).output).toContain('损坏或不完整');

  const mismatched = join(dir, 'mismatched.tar.gz');
  copyFileSync(MIRROR.archive, mismatched);
  writeFileSync(`${mismatched}.sha256`, `${'0'.repeat(64)}  mismatched.tar.gz\n`);
  expect(publishSh('publish', mismatched).output).toContain('校验和不符');

  // A page changed after the manifest was written: well-formed archive, wrong content.
  const { dir: unpacked, release } = unpack();
  writeFileSync(join(release, 'site/about/index.html'), '<p>changed</p>');
  const tampered = await tarRelease(release, join(unpacked, 'tampered.tar.gz'));
  const result = publishSh('publish', tampered);
  expect(result.status).not.toBe(0);
  expect(result.output).toContain('文件校验失败');

  // A sound archive, but built for another sub-path than the one nginx serves.
  const other = unpack();
  const info = join(other.release, 'release.json');
  writeFileSync(info, readFileSync(info, 'utf8').replace(/"base": "[^"]*"/, '"base": "/"'));
  await writeManifest(other.release);
  const otherBase = join(dir, 'other-base.tar.gz');
  await packRelease(other.release, otherBase);
  const refused = publishSh('publish', otherBase);
  expect(refused.status).not.toBe(0);
  expect(refused.output).toContain('archive built for /, not /dangjian/');

  expect(live()).toBe(before);
  expect((await request.get('about/')).status()).toBe(200);
  expect(await (await request.get('about/')).text()).not.toContain('<p>changed</p>');
});

test('an archive holding a symbolic link, or without its .sha256, never replaces the live release', async ({
  request,
}) => {
  const before = live();
  // A link to a file of the server, left out of SHA256SUMS (which lists regular files), with a
  // recomputed manifest and a matching .sha256: every check of the files themselves passes.
  const linked = unpack();
  symlinkSync('/etc/passwd', join(linked.release, 'site/passwd.txt'));
  await writeManifest(linked.release);
  const refused = publishSh('publish', await tarRelease(linked.release, join(linked.dir, 'linked.tar.gz')));
  expect(refused.status).not.toBe(0);
  expect(refused.output).toContain('归档中有不是普通文件或目录的条目');
  expect(refused.output).toMatch(/site\/passwd\.txt -> \/etc\/passwd/);

  // A sound archive that came without its .sha256: refused unless --no-sha256 is given.
  const bare = join(mkdtempSync(join(tmpdir(), 'xinhuo-bare-')), 'bare.tar.gz');
  copyFileSync(MIRROR.archive, bare);
  const unchecked = publishSh('publish', bare);
  expect(unchecked.status).not.toBe(0);
  expect(unchecked.output).toContain('归档旁边没有 bare.tar.gz.sha256');
  expect(unchecked.output).toContain('publish --no-sha256');
  expect(live()).toBe(before);
  expect((await request.get('passwd.txt')).status()).toBe(404);

  const accepted = publishSh('publish', '--no-sha256', bare);
  expect(accepted.status, accepted.output).toBe(0);
  const bareRelease = live().replace('releases/', '');
  expect(publishSh('rollback', before.replace('releases/', '')).status).toBe(0);

  // The unpacked release is checked too, before any switch: a link planted in a release folder.
  const planted = join(MIRROR.root, 'releases', bareRelease, 'site/passwd.txt');
  symlinkSync('/etc/passwd', planted);
  try {
    const rollback = publishSh('rollback', bareRelease);
    expect(rollback.status).not.toBe(0);
    expect(rollback.output).toContain('l site/passwd.txt -> /etc/passwd');
  } finally {
    // The later tests roll back by publish order: the release published here must not stay among them.
    rmSync(join(MIRROR.root, 'releases', bareRelease), { recursive: true });
  }
  expect(live()).toBe(before);
  expect((await request.get('passwd.txt')).status()).toBe(404);
});

/** A second release: the same site plus a marker file, packed the way npm run mirror packs. */
async function secondArchive() {
  const { release } = unpack();
  writeFileSync(join(release, 'site/release-marker.txt'), 'second\n');
  await writeManifest(release);
  const archive = join(release, '..', 'xinhuo-second.tar.gz');
  await packRelease(release, archive);
  return archive;
}

test('publishing a new archive and rolling back keeps serving every request', async () => {
  test.setTimeout(180_000);
  const first = live();
  const second = await secondArchive();

  // Readers load pages, scripts and search files continuously while the release switches.
  const home = await (await fetch(MIRROR.url)).text();
  const asset = new URL(/\/[^"]+\/_astro\/[^"]+\.js/.exec(home)![0], MIRROR.url).href;
  const urls = [
    MIRROR.url,
    `${MIRROR.url}articles/`,
    `${MIRROR.url}about/`,
    asset,
    `${MIRROR.url}pagefind/pagefind-entry.json`,
  ];
  const failures: string[] = [];
  let requests = 0;
  let running = true;
  const reader = async () => {
    while (running) {
      for (const url of urls) {
        try {
          const response = await fetch(url);
          await response.arrayBuffer();
          if (response.status !== 200) failures.push(`${url}: HTTP ${response.status}`);
        } catch (error) {
          failures.push(`${url}: ${(error as Error).message}`);
        }
        requests += 1;
      }
    }
  };
  const readers = Array.from({ length: 4 }, reader);
  /** Lets the readers make some requests on the release now live, before and after each switch. */
  const traffic = async (count = 40) => {
    const until = requests + count;
    while (requests < until) await new Promise((r) => setTimeout(r, 10));
  };

  const marker = () => fetch(`${MIRROR.url}release-marker.txt`).then((r) => r.status);
  await traffic();
  expect(await marker()).toBe(404);
  const published = publishSh('publish', second);
  expect(published.status, published.output).toBe(0);
  expect(live()).not.toBe(first);
  await traffic();
  expect(await marker()).toBe(200);
  const rolledBack = publishSh('rollback');
  expect(rolledBack.status, rolledBack.output).toBe(0);
  expect(live()).toBe(first);
  await traffic();
  expect(await marker()).toBe(404);
  // Publish once more and roll back by name: both ways of switching, under load.
  expect(publishSh('publish', second).status).toBe(0);
  await traffic();
  expect(publishSh('rollback', first.replace('releases/', '')).status).toBe(0);
  expect(live()).toBe(first);
  await traffic();

  running = false;
  await Promise.all(readers);
  console.log(
    `[mirror] publish → rollback → publish → rollback: ${requests} requests during the switches, ${failures.length} failed`,
  );
  expect(requests).toBeGreaterThanOrEqual(200);
  expect(failures).toEqual([]);
  expect(publishSh('list').output).toContain(`* ${first.replace('releases/', '')}`);
});

test('publishing keeps the newest N releases (--keep), the new live one among them', async () => {
  // `list` marks the live release with "* ", the others with two spaces.
  const releases = () =>
    publishSh('list')
      .output.split('\n')
      .filter(Boolean)
      .map((line) => line.slice(2));
  const archive = await secondArchive();
  const before = releases();
  expect(before.length).toBeGreaterThanOrEqual(3);
  expect(publishSh('--keep', '2', 'publish', archive).status).toBe(0);
  const kept = releases();
  expect(kept).toHaveLength(2);
  expect(kept[1]).toBe(live().replace('releases/', ''));
  expect(kept[0]).toBe(before.at(-1));
  // With --keep 1 only the live release stays, so there is nothing left to roll back to.
  expect(publishSh('--keep', '1', 'publish', archive).status).toBe(0);
  expect(releases()).toEqual([live().replace('releases/', '')]);
  const rollback = publishSh('rollback');
  expect(rollback.status).not.toBe(0);
  expect(rollback.output).toContain('没有比');
  expect((await fetch(`${MIRROR.url}about/`)).status).toBe(200);
});
