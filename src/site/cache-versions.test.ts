/**
 * Every cache the build keeps between runs is versioned by the digest of the code it depends on
 * (source-digest.ts): each case names a module two or more imports away from the cache's own code,
 * of the kind that was once left out (and so could serve stale results), and shows that editing it
 * in a copy of the project gives the cache a new version.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RENDERER_ENTRIES } from '../body/version.ts';
import { INDEXER_CODE } from '../search/indexer.ts';
import { COUNTING_CODE } from '../topics/counts-cache.ts';
import { sourceDigest, sourceFiles } from '../lib/source-digest.ts';

const RAW_CHECKS = ['src/checks/raw-checks.ts'];
const CASES = [
  { cache: 'rendered bodies', entries: RENDERER_ENTRIES, dependency: 'src/body/rebase-links.ts' },
  { cache: 'raw checks', entries: RAW_CHECKS, dependency: 'src/lib/encoding.ts' },
  { cache: 'topic counts', entries: COUNTING_CODE, dependency: 'src/topics/keywords.ts' },
  { cache: 'search shards', entries: INDEXER_CODE, dependency: 'src/search/bigrams.ts' },
  { cache: 'search shards', entries: INDEXER_CODE, dependency: 'src/search/searchable-html.ts' },
];

const root = mkdtempSync(join(tmpdir(), 'xinhuo-cache-versions-'));
cpSync('src', join(root, 'src'), { recursive: true });
cpSync('package-lock.json', join(root, 'package-lock.json'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('cache versions', () => {
  it.each(CASES)('$cache: a new version when $dependency changes', ({ entries, dependency }) => {
    expect(sourceFiles(entries.map((e) => join(root, e)))).toContain(join(root, dependency));
    const before = sourceDigest(entries, { root });
    expect(before).toBeDefined();
    const file = join(root, dependency);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `${text}\n// edited\n`);
    try {
      expect(sourceDigest(entries, { root })).not.toBe(before);
    } finally {
      writeFileSync(file, text);
    }
    expect(sourceDigest(entries, { root })).toBe(before);
  });

  it('the lockfile versions every cache: a package upgrade renders, checks, counts and indexes again', () => {
    const digests = () => CASES.map(({ entries }) => sourceDigest(entries, { root }));
    const before = digests();
    const lock = join(root, 'package-lock.json');
    const text = readFileSync(lock, 'utf8');
    writeFileSync(lock, text.replace('"lockfileVersion"', '"lockfileVersion" '));
    const after = digests();
    writeFileSync(lock, text);
    after.forEach((digest, i) => expect(digest).not.toBe(before[i]));
  });
});
