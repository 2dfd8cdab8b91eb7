import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { parseStats } from '../../src/topics/stats/schema.ts';
import { runStats } from './stats.ts';

const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const view = (ip: string, path: string) =>
  `${ip} - - [14/Oct/2026:09:30:05 +0800] "GET ${path} HTTP/1.1" 200 100 "-" "${UA}"`;
const dir = await mkdtemp(join(tmpdir(), 'xinhuo-stats-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('npm run stats', () => {
  it('reads a rotated set of plain and gzipped logs from a folder and writes valid stats', async () => {
    await writeFile(join(dir, 'access.log'), `${view('192.0.2.1', '/dangjian/')}\nbroken line\n`);
    await writeFile(join(dir, 'access.log.1'), `${view('192.0.2.2', '/dangjian/')}\n`);
    await writeFile(join(dir, 'access.log.2.gz'), gzipSync(`${view('2001:db8::2', '/dangjian/about/')}\n`));
    await writeFile(join(dir, 'notes.txt'), 'not a log');
    const out = join(dir, 'stats.json');
    await runStats([dir, '--out', out, '--base', '/dangjian/'], new Date('2026-11-01T00:00:00Z'));
    const stats = parseStats(await readFile(out, 'utf8'), out);
    expect(stats.lines).toMatchObject({ total: 4, malformed: 1, pageViews: 3 });
    expect(stats.days).toEqual([{ date: '2026-10-14', views: 3, visitors: 3 }]);
    expect(stats.months[0]!.pages).toEqual([
      { path: '', views: 2 },
      { path: 'about/', views: 1 },
    ]);
  });

  it('keeps the lines before a truncated gzip file breaks off', async () => {
    const sub = join(dir, 'truncated');
    await mkdir(sub);
    const whole = gzipSync(`${view('192.0.2.1', '/')}\n`.repeat(2000));
    await writeFile(join(sub, 'access.log.3.gz'), whole.subarray(0, Math.floor(whole.length * 0.9)));
    await writeFile(join(sub, 'access.log'), `${view('192.0.2.9', '/about/')}\n`);
    const stats = await runStats([sub, '--out', join(sub, 'stats.json')]);
    expect(stats.lines.pageViews).toBeGreaterThan(1);
    expect(stats.months[0]!.pages).toContainEqual({ path: 'about/', views: 1 });
  });

  it('explains a missing path and a bad --min-count', async () => {
    await expect(runStats([join(dir, 'nope.log')])).rejects.toThrow(/not found: .*nope\.log/);
    await expect(runStats([dir, '--min-count', '0'])).rejects.toThrow(/--min-count/);
  });
});

describe('parseStats', () => {
  it('names the file and field of a bad stats file', () => {
    expect(() => parseStats('{"version":1}', 'src/data/stats.json')).toThrow(/src\/data\/stats\.json: 字段 generated/);
    expect(() => parseStats('{', 'x.json')).toThrow(/x\.json: .*not valid JSON/);
  });
});
