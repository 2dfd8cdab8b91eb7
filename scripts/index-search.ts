// Builds the search index of a finished `astro build` from the job file its search hook wrote
// (see scripts/lib/build-site.ts). Usage: node scripts/index-search.ts <job.json>
import { readFileSync } from 'node:fs';
import { buildSearchIndex, describeReport, INDEXING_MESSAGE } from '../src/search/indexer.ts';

const [jobFile] = process.argv.slice(2);
if (!jobFile) throw new Error('usage: node scripts/index-search.ts <job.json>');
const job = JSON.parse(readFileSync(jobFile, 'utf8'));
const time = () => new Date().toTimeString().slice(0, 8);
console.log(`${time()} [xinhuo:search] ${INDEXING_MESSAGE}`);
const started = performance.now();
const report = await buildSearchIndex({
  ...job,
  warn: (message) => console.warn(`${time()} [xinhuo:search] ${message}`),
});
console.log(`${time()} [xinhuo:search] ${describeReport(report, performance.now() - started)}`);
