// npm run check:content [-- <project root> [<file> …] [--json]]
// Runs the build's content checks without building and lists every problem: over all of
// src/content, or over the given files (paths relative to the root), with their bodies' rules,
// links and media. --json prints the problems as JSON on stdout (the live site's publish gate).
import { resolve } from 'node:path';
import { readConfig } from '../src/config.ts';
import { checkContent } from '../src/checks/check-content.ts';
import { checkEntries } from '../src/checks/check-entries.ts';
import { formatFileProblems } from '../src/checks/source-checks.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const [rootArg, ...files] = args.filter((a) => a !== '--json');
const root = resolve(rootArg ?? '.');
const found = files.length ? checkEntries(root, files, { base: readConfig().base }) : checkContent(root);
if (json) {
  console.log(JSON.stringify(found));
} else if (found.length === 0) {
  console.log(`✓ 内容检查通过 / Content OK: ${files.length ? files.join(', ') : 'src/content'}`);
} else {
  console.error(formatFileProblems(found));
  const count = found.reduce((n, f) => n + f.problems.length, 0);
  console.error(`\n✗ ${found.length} 个文件有 ${count} 处问题 / ${count} problem(s) in ${found.length} file(s)`);
}
if (found.length) process.exitCode = 1;
