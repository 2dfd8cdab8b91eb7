// npm run bench:smoke — the benchmark at a small size, so it cannot rot: it must finish and print
// every row of its table. Opt-in (about 70 s on 2 cores, not part of `npm test`): run it after
// changing scripts/bench.ts or what it measures. Its figures are not checked (speed is measured by
// `npm run bench`, never asserted). Shards of 40 pages make the search index several merged
// indexes, so the Chromium searches go through merging.
import { spawn } from 'node:child_process';

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
/** Rows whose value must also have the right shape, not only be there. */
const SHAPES = [
  /search index \(own process, after astro exits\)\s+[\d.]+ s, 132 pages in 4 shards, [12] at once/,
  /first search \(三会一课\), bytes transferred\s+[\d.]+ KB \(“三会一课”：共 [1-9]\d* 条/,
];

/** Runs the benchmark, its output shown as it comes; resolves to its exit code and standard output. */
function bench(): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['scripts/bench.ts', '--articles', '60', '--shard-pages', '40'], {
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    output += chunk.toString('utf8');
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

const { code, output } = await bench();
const table = output.slice(output.indexOf('Xinhuo benchmark: 60 articles'));
const problems = [
  ...(code === 0 ? [] : [`the benchmark exited with ${code}`]),
  ...ROWS.filter((row) => !new RegExp(`^ {2,}${row.replace(/[()+/]/g, '\\$&')}.*? {2,}\\S`, 'm').test(table)).map(
    (row) => `no row “${row}” with a value`,
  ),
  ...(/NaN|undefined/.test(table) ? ['a value is NaN or undefined'] : []),
  ...SHAPES.filter((shape) => !shape.test(table)).map((shape) => `no row matches ${shape}`),
];
if (problems.length > 0) {
  console.error(`\n✗ bench:smoke: ${problems.join('; ')}`);
  process.exit(1);
}
console.log(`\n✓ bench:smoke: every row of the table printed, ${ROWS.length} rows`);
