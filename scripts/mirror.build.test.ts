import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_HANG_LIMIT_MS } from '../test/build-limits.ts';
import { copySite } from '../test/site-builds.ts';

/** Runs `npm run mirror` in a folder; returns exit code and output. */
function mirror(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/mirror.ts', ...args], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      PATH: `${join(process.cwd(), 'node_modules/.bin')}:${process.env.PATH}`,
    },
    timeout: BUILD_HANG_LIMIT_MS,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('npm run mirror', () => {
  it('refuses a base path or site URL it cannot build for, before building', () => {
    const out = mkdtempSync(join(tmpdir(), 'xinhuo-mirror-out-'));
    const base = mirror(process.cwd(), '--base', 'dangjian', '--site', 'http://x.test', '--out', out);
    expect(base.status).toBe(1);
    expect(base.output).toContain('--base 须以 / 开头和结尾');
    const site = mirror(process.cwd(), '--site', 'http://x.test/dangjian/', '--out', out);
    expect(site.status).toBe(1);
    expect(site.output).toContain('--site 只写协议和主机');
    expect(readdirSync(out)).toEqual([]);
  });

  it('writes no archive when the build fails', () => {
    const site = copySite();
    cpSync(join(process.cwd(), 'scripts'), join(site, 'scripts'), { recursive: true });
    writeFileSync(join(site, 'src/content/articles/broken.mdx'), '---\ntitle: 缺少其他字段\n---\n正文\n');
    const out = join(site, 'mirror');
    const result = mirror(site, '--site', 'http://x.test', '--out', out);
    expect(result.status, result.output).toBe(1);
    expect(result.output).toContain('构建失败，未生成归档');
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});
