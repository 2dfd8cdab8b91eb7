// Usage: node bench.mjs <projectRoot> <articles> <label>
// Copies the project (src, public, admin, config) to a temp dir sharing node_modules, adds N
// generated articles, builds cold, edits one article, builds again; prints wall time and peak RSS.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const [root, count, label] = [process.argv[2], Number(process.argv[3]), process.argv[4]];
const { articles } = await import(join(root, 'scripts/bench/corpus.mjs'));
const site = mkdtempSync(join(tmpdir(), 'xinhuo-bench-'));
for (const e of ['src', 'admin', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, e), join(site, e), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(site, 'node_modules'));
const q = (s) => JSON.stringify(s);
for (const a of articles(count)) {
  writeFileSync(join(site, `src/content/articles/${a.id}.mdx`), `---\ntitle: ${q(a.title)}\ndate: ${a.date}\nsummary: ${q(a.summary)}\ncategory: ${a.category}\n${a.branch ? `branch: ${a.branch}\n` : ''}tags: ${q(a.tags)}\nauthor: 党委宣传部\n---\n\n${a.body}\n`);
}
const build = (name) => {
  const t = Date.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: site, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, maxBuffer: 1e9 });
  const secs = (Date.now() - t) / 1000;
  const rss = Number(r.stderr.trim().split('\n').at(-1)) / 1024;
  const warnings = (r.stdout.match(/\[WARN\]/g) ?? []).length;
  console.log(`${label}\t${count}\t${name}\t${secs.toFixed(1)} s\tpeak RSS (astro process) ${rss.toFixed(0)} MB\texit ${r.status}\twarn ${warnings}`);
  if (r.status !== 0) console.log(r.stdout.slice(-3000), r.stderr.slice(-3000));
};
build('cold');
const file = join(site, 'src/content/articles/bench-00001.mdx');
writeFileSync(file, readFileSync(file, 'utf8').replace(/\n$/, '\n\n编辑后新增的一段。\n'));
build('after editing one article');
rmSync(site, { recursive: true, force: true });
