import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { listFiles, NotRegularFilesError, packRelease, precompress, writeManifest } from './mirror-pack.ts';

/** A small release folder: a page worth compressing, a tiny file, an image. */
function release() {
  const root = mkdtempSync(join(tmpdir(), 'xinhuo-pack-'));
  const dir = join(root, 'xinhuo-0.1.0-abc1234-20261125-1200');
  mkdirSync(join(dir, 'site/about'), { recursive: true });
  writeFileSync(join(dir, 'site/index.html'), `<!doctype html><title>首页</title>${'<p>薪火相传</p>'.repeat(200)}`);
  writeFileSync(join(dir, 'site/about/index.html'), '<p>小</p>');
  writeFileSync(join(dir, 'site/logo.png'), Buffer.alloc(2048, 7));
  writeFileSync(join(dir, 'release.json'), '{}\n');
  return { root, dir };
}

describe('mirror packing', () => {
  it('precompresses only text files large enough to gain, and the .gz holds the same bytes', async () => {
    const { dir } = release();
    expect(await precompress(join(dir, 'site'))).toMatchObject({ files: 1 });
    expect(await listFiles(join(dir, 'site'))).toEqual(['about/index.html', 'index.html', 'index.html.gz', 'logo.png']);
    expect(gunzipSync(readFileSync(join(dir, 'site/index.html.gz')))).toEqual(
      readFileSync(join(dir, 'site/index.html')),
    );
  });

  it('writes an archive whose .sha256 and SHA256SUMS check with the standard tools', async () => {
    const { root, dir } = release();
    await precompress(join(dir, 'site'));
    expect(await writeManifest(dir)).toBe(5);
    const archive = join(root, 'out.tar.gz');
    await packRelease(dir, archive);
    expect(readdirSync(root).sort()).toEqual(['out.tar.gz', 'out.tar.gz.sha256', 'xinhuo-0.1.0-abc1234-20261125-1200']);
    expect(spawnSync('sha256sum', ['-c', 'out.tar.gz.sha256'], { cwd: root }).status).toBe(0);

    const unpacked = mkdtempSync(join(tmpdir(), 'xinhuo-unpack-'));
    expect(spawnSync('tar', ['-xzf', archive, '-C', unpacked, '--strip-components=1']).status).toBe(0);
    const check = spawnSync('sha256sum', ['--strict', '-c', 'SHA256SUMS'], { cwd: unpacked, encoding: 'utf8' });
    expect(check.status, check.stdout).toBe(0);
    expect(check.stdout.trim().split('\n')).toHaveLength(5);

    writeFileSync(join(unpacked, 'site/about/index.html'), '<p>改</p>');
    expect(spawnSync('sha256sum', ['--quiet', '-c', 'SHA256SUMS'], { cwd: unpacked }).status).not.toBe(0);
  });

  it('refuses to pack a release holding a link or a named pipe, naming each, and writes nothing', async () => {
    const { root, dir } = release();
    symlinkSync('/etc/passwd', join(dir, 'site/passwd.txt'));
    symlinkSync('/etc', join(dir, 'site/about/etc'));
    expect(spawnSync('mkfifo', [join(dir, 'site/pipe')]).status).toBe(0);
    await writeManifest(dir);
    const packing = packRelease(dir, join(root, 'out.tar.gz'));
    await expect(packing).rejects.toThrow(NotRegularFilesError);
    const message = await packing.catch((error: Error) => error.message);
    expect(message).toContain('发布内容中有 3 个不是普通文件的条目，未生成归档');
    expect(message).toContain('site/about/etc：符号链接，指向 /etc · a symbolic link to /etc');
    expect(message).toContain('site/passwd.txt：符号链接，指向 /etc/passwd');
    expect(message).toContain('site/pipe：命名管道（FIFO） · a named pipe (FIFO)');
    expect(readdirSync(root)).toEqual(['xinhuo-0.1.0-abc1234-20261125-1200']);
  });
});
