import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rawCheckCache } from './raw-cache.ts';
import { checkRawFile } from './raw-checks.ts';

const dir = mkdtempSync(join(tmpdir(), 'xinhuo-raw-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CLEAN = Buffer.from('---\ntitle: 标题\n---\n\n正文。\n');
const BOM = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), CLEAN]);

describe('rawCheckCache', () => {
  it('skips the checks for bytes that passed last time, and always checks (and reports) a bad file', () => {
    const file = join(dir, 'a.json');
    const first = rawCheckCache(file, 'v1');
    expect(first.check(CLEAN, 'mdx')).toEqual(checkRawFile(CLEAN, 'mdx'));
    expect(first.check(BOM, 'mdx').problems).toHaveLength(1);
    first.save();
    expect(first.stats()).toEqual({ checked: 2, known: 0 });

    const second = rawCheckCache(file, 'v1');
    expect(second.check(CLEAN, 'mdx')).toEqual(checkRawFile(CLEAN, 'mdx'));
    expect(second.check(BOM, 'mdx').problems).toHaveLength(1);
    expect(second.stats()).toEqual({ checked: 1, known: 1 });
  });

  it('forgets everything when the checks change, and keeps yml and mdx apart', () => {
    const file = join(dir, 'b.json');
    const first = rawCheckCache(file, 'v1');
    first.check(CLEAN, 'mdx');
    first.save();
    const changed = rawCheckCache(file, 'v2');
    changed.check(CLEAN, 'mdx');
    expect(changed.stats()).toEqual({ checked: 1, known: 0 });
    const other = rawCheckCache(file, 'v1');
    other.check(CLEAN, 'yml');
    expect(other.stats()).toEqual({ checked: 1, known: 0 });
  });

  it('remembers nothing when its version cannot be known', () => {
    const file = join(dir, 'c.json');
    const cache = rawCheckCache(file, undefined);
    cache.check(CLEAN, 'mdx');
    cache.save();
    const next = rawCheckCache(file, undefined);
    next.check(CLEAN, 'mdx');
    expect(next.stats()).toEqual({ checked: 1, known: 0 });
  });
});
