import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countsCache } from './counts-cache.ts';
import type { KeywordCounts } from './keywords.ts';

const dir = mkdtempSync(join(tmpdir(), 'xinhuo-counts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A counter that records the texts it was asked to count. */
function counter() {
  const asked: string[] = [];
  const count = (text: string): KeywordCounts => (asked.push(text), [[text, text.length]]);
  return { asked, count };
}

describe('countsCache', () => {
  it('counts a text once, reuses it in the next build, and forgets texts the build no longer has', () => {
    const file = join(dir, 'a.json');
    const first = counter();
    const build1 = countsCache(file, 'salt', first.count);
    expect(build1.counts('甲')).toEqual([['甲', 1]]);
    build1.counts('乙乙');
    build1.counts('甲');
    build1.save();
    expect(first.asked).toEqual(['甲', '乙乙']);

    const second = counter();
    const build2 = countsCache(file, 'salt', second.count);
    expect(build2.counts('乙乙')).toEqual([['乙乙', 2]]);
    expect(build2.counts('丙')).toEqual([['丙', 1]]);
    build2.save();
    expect(second.asked).toEqual(['丙']);
    expect(build2.stats()).toEqual({ counted: 1, reused: 1 });
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).entries)).toHaveLength(2); // 甲 is gone
  });

  it('drops everything when the salt changes, and survives a broken file', () => {
    const file = join(dir, 'b.json');
    const build1 = countsCache(file, 'terms v1', counter().count);
    build1.counts('甲');
    build1.save();
    const other = counter();
    countsCache(file, 'terms v2', other.count).counts('甲');
    expect(other.asked).toEqual(['甲']);

    writeFileSync(file, '{ not json');
    const broken = counter();
    expect(countsCache(file, 'terms v1', broken.count).counts('甲')).toEqual([['甲', 1]]);
    expect(broken.asked).toEqual(['甲']);
  });
});
