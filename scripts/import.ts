// npm run import -- <files or folders> [--collection articles] [--category news] [--dry-run] …
// Turns Word documents, saved web pages, text and Markdown files into entries; see README.
import { parseArgs } from 'node:util';
import { findSources, formatReport, importFiles, ImportError } from '../src/import/importer.ts';

const USAGE = `用法 / usage: npm run import -- <文件或文件夹…> [选项]
  --collection <name>   导入到哪个集合（默认 articles）
  --category <value>    文章栏目：news, theory, notice, branch-life, voices（默认 news）
  --author <name>       原文没有作者时使用
  --date <YYYY-MM-DD>   原文没有日期时使用
  --set <字段>=<值>      原文没有该字段时使用，可重复，如 --set kind=reading
  --keep-traditional    不把繁体字转为简体
  --dry-run             只显示报告，不写入文件`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    collection: { type: 'string', default: 'articles' },
    category: { type: 'string' },
    author: { type: 'string' },
    date: { type: 'string' },
    set: { type: 'string', multiple: true, default: [] },
    'keep-traditional': { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help || positionals.length === 0) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 1);
}

const fallback: Record<string, string> = {};
for (const pair of values.set) {
  const [key, ...rest] = pair.split('=');
  if (!key || rest.length === 0) {
    console.error(`--set 需要“字段=值”的形式 / --set takes field=value, got "${pair}"`);
    process.exit(1);
  }
  fallback[key] = rest.join('=');
}
if (values.author) fallback['author'] = values.author;
if (values.date) fallback['date'] = values.date;

const results = await importFiles(findSources(positionals), {
  root: process.cwd(),
  collection: values.collection,
  simplify: !values['keep-traditional'],
  dryRun: values['dry-run'],
  ...(values.category ? { category: values.category } : {}),
  fallback,
});
for (const result of results) console.log(`${formatReport(result)}\n`);
const failed = results.filter((r) => r instanceof ImportError).length;
console.log(
  `${values['dry-run'] ? '试运行，未写入文件 / dry run, nothing written. ' : ''}${results.length - failed} imported, ${failed} failed`,
);
process.exitCode = failed ? 1 : 0;
