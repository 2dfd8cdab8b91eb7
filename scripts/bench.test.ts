/**
 * The benchmark at a small size, so it cannot rot: it must finish and print every row of its table.
 * Its figures are not checked (speed is measured by `npm run bench`, never asserted). Shards of 40
 * pages make the search index several merged indexes, so the Chromium searches go through merging.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROWS = [
  'date',
  'machine',
  'load average at start',
  'articles generated',
  'pages built',
  'cold build + index, wall time',
  'page generation',
  'of which optimized images',
  'search index',
  'peak memory, whole process tree',
  'during page generation / during indexing',
  'index size',
  'first search (三会一课), bytes transferred',
  'later search (发展党员), bytes transferred',
  'in-engine query',
  'article page, gzipped',
  'article page, JavaScript before interaction',
  'home page, first visit on a phone (390 px), transferred',
  'admin bundle',
  'rebuild after editing one article',
  'load average at end',
  'build warnings',
];

describe('npm run bench', () => {
  it('runs the whole pipeline on 60 articles and prints every row', { timeout: 1_800_000 }, () => {
    const result = spawnSync(
      process.execPath,
      [join(process.cwd(), 'scripts/bench.ts'), '--articles', '60', '--shard-pages', '40'],
      { encoding: 'utf8', timeout: 1_790_000 },
    );
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).toBe(0);
    const table = output.slice(output.indexOf('Xinhuo benchmark: 60 articles'));
    for (const row of ROWS)
      expect(table, row).toMatch(new RegExp(`^ {2,}${row.replace(/[()+/]/g, '\\$&')}.*? {2,}\\S`, 'm'));
    expect(table).not.toMatch(/NaN|undefined/);
    expect(table).toMatch(
      /search index \(own process, after astro exits\)\s+[\d.]+ s, 132 pages in 4 shards, [12] at once/,
    );
    expect(table).toMatch(/first search \(三会一课\), bytes transferred\s+[\d.]+ KB \(“三会一课”：共 [1-9]\d* 条/);
  });
});
