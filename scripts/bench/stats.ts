// Benchmark of `npm run stats` (a measurement, not a test): writes a generated access log of
// --bytes (default 1 GB) into a temporary folder, streamed, then runs the stats command on it in
// a child process and prints lines per second and the peak memory of the process tree.
//
//   npm run bench:stats [-- --bytes 1e9] [--keep]
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeSampleLog } from '../stats/sample-log.ts';
import { watchPeak } from './process-tree.ts';

const { values } = parseArgs({ options: { bytes: { type: 'string', default: '1e9' }, keep: { type: 'boolean' } } });
const dir = await mkdtemp(join(tmpdir(), 'xinhuo-bench-stats-'));
const log = join(dir, 'access.log');
const mib = (n: number) => `${(n / 2 ** 20).toFixed(0)} MiB`;

try {
  let started = performance.now();
  const written = await writeSampleLog({ out: log, lines: Infinity, bytes: Number(values.bytes), seed: 7 });
  console.log(
    `generated ${written.lines} lines, ${mib(written.bytes)} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  started = performance.now();
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL('../stats/stats.ts', import.meta.url)), log, '--out', join(dir, 'stats.json')],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const peak = watchPeak(child.pid, 100);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const rss = peak.stop();
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`stats command exited with ${code}`);
  console.log(
    `stats: ${written.lines} lines (${mib(written.bytes)}) in ${seconds.toFixed(1)} s = ` +
      `${Math.round(written.lines / seconds).toLocaleString('en')} lines/s, ${mib(written.bytes / seconds)}/s; ` +
      `peak RSS of the process tree ${mib(rss)}`,
  );
} finally {
  if (!values.keep) await rm(dir, { recursive: true, force: true });
  else console.log(`kept ${dir}`);
}
