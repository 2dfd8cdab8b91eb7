// npm run stats -- <log files or folders> [--out file] [--base /dangjian/] [--host example.edu.cn] [--min-count 3]
//
// Reads nginx/Apache combined-format access logs (plain or gzip, rotated sets), streams them
// line by line with bounded memory, and writes anonymous aggregated statistics (no IP address,
// no user agent, no rare search term) to src/data/stats.json for the next build.
import { isSet, readConfig } from '../../src/config.ts';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createGunzip } from 'node:zlib';
import { StatsAggregator, shanghaiDay } from '../../src/topics/stats/aggregate.ts';
import { statsSchema } from '../../src/topics/stats/schema.ts';

const USAGE = `用法 / usage: npm run stats -- <日志文件或目录…> [--out src/data/stats.json] [--base /] [--host 域名] [--min-count 3]`;

/** Log files in the given paths: files as given, folders searched for access logs (access.log, access.log.1, access.log.2.gz …). */
export async function findLogFiles(paths: readonly string[]) {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new Error(`找不到 / not found: ${path}`);
    if (info.isFile()) files.push(path);
    else {
      const names = (await readdir(path)).filter((n) => /\.log(\.\d+)?(\.gz)?$|^access[._-]?log/.test(n)).sort();
      files.push(...names.map((n) => join(path, n)));
    }
  }
  return files;
}

/** Lines of a log file, gunzipped when it starts with the gzip magic bytes. */
export async function* readLogLines(file: string): AsyncGenerator<string> {
  const handle = await open(file);
  const { bytesRead, buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
  await handle.close();
  const gzip = bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  const raw = createReadStream(file, { highWaterMark: 1 << 20 });
  const input = gzip ? raw.pipe(createGunzip()) : raw;
  if (gzip) raw.on('error', (error) => input.destroy(error));
  yield* createInterface({ input, crlfDelay: Infinity });
}

/** A visitor hash salted with a random secret per day and run; the salts live only in this process. */
export function saltedVisitorHash() {
  const salts = new Map<string, Buffer>();
  return (day: string, key: string): [number, number] => {
    let salt = salts.get(day);
    if (!salt) salts.set(day, (salt = randomBytes(32)));
    const digest = createHash('sha256').update(salt).update(key).digest();
    return [digest.readUInt32BE(0), digest.readUInt32BE(4)];
  };
}

/** Runs the whole command; returns the statistics written. */
export async function runStats(argv: string[], now = new Date()) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      base: { type: 'string', default: readConfig().base },
      host: { type: 'string', multiple: true },
      'min-count': { type: 'string', default: '3' },
      'table-limit': { type: 'string', default: '20000' },
    },
  });
  if (positionals.length === 0)
    throw new Error(`${USAGE}\n请给出至少一个日志文件或目录 / give at least one log file or folder`);
  const minCount = Number(values['min-count']);
  if (!Number.isInteger(minCount) || minCount < 1)
    throw new Error(`--min-count 须为正整数 / must be a positive integer`);
  const site = isSet('site') ? [new URL(readConfig().site).hostname] : [];
  const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const aggregator = new StatsAggregator({
    base,
    ownHosts: [...(values.host ?? []), ...site].map((h) => h.toLowerCase()),
    visitorHash: saltedVisitorHash(),
    tableLimit: Number(values['table-limit']),
  });
  // `npm run` moves to the project folder; paths typed by the user are relative to where they typed them.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const files = await findLogFiles(positionals.map((p) => resolve(cwd, p)));
  if (files.length === 0) throw new Error(`没有找到日志文件 / no log files in ${positionals.join(', ')}`);
  const malformedAt: string[] = [];
  for (const file of files) {
    let lineNo = 0;
    try {
      for await (const line of readLogLines(file)) {
        lineNo++;
        const before = aggregator.lines.malformed;
        aggregator.addLine(line);
        if (aggregator.lines.malformed > before && malformedAt.length < 5) malformedAt.push(`${file}:${lineNo}`);
      }
    } catch (error) {
      // A truncated or corrupt file (often the gzip being written by logrotate): keep what was read.
      console.error(
        `${file}: 第 ${lineNo} 行后无法继续读取 / unreadable after line ${lineNo} (${(error as Error).message}); 已跳过其余部分 / rest skipped`,
      );
    }
  }
  const stats = statsSchema.parse(aggregator.result(shanghaiDay(now.getTime()), minCount));
  const out = values.out
    ? resolve(cwd, values.out)
    : fileURLToPath(new URL('../../src/data/stats.json', import.meta.url));
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(stats, null, 1)}\n`);
  const l = stats.lines;
  console.error(
    `读取 ${files.length} 个文件 ${l.total} 行 / read ${files.length} files, ${l.total} lines: ` +
      `${l.pageViews} page views, ${l.searches} searches, ${l.bots} bot, ${l.assets} asset, ${l.failed} failed, ` +
      `${l.outside} outside ${base}, ${l.malformed} malformed${malformedAt.length ? ` (e.g. ${malformedAt.join(', ')})` : ''}` +
      `${stats.approximate ? '; long tails cut (rare figures approximate)' : ''}\n→ ${out}`,
  );
  return stats;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runStats(process.argv.slice(2)).catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
