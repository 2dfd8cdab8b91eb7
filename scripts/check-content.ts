// npm run check:content [-- <project root>]
// Runs the build's content checks over all of src/content without building and lists every problem.
import { resolve } from 'node:path';
import { checkContent } from '../src/model/check-content';
import { formatFileProblems } from '../src/model/source-checks';

const root = resolve(process.argv[2] ?? '.');
const found = checkContent(root);
if (found.length === 0) {
  console.log('✓ 内容检查通过 / Content OK: src/content');
} else {
  console.error(formatFileProblems(found));
  const count = found.reduce((n, f) => n + f.problems.length, 0);
  console.error(`\n✗ ${found.length} 个文件有 ${count} 处问题 / ${count} problem(s) in ${found.length} file(s)`);
  process.exitCode = 1;
}
