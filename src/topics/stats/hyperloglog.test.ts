import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HyperLogLog } from './hyperloglog.ts';

function add(sketch: HyperLogLog, key: string) {
  const d = createHash('sha256').update(key).digest();
  sketch.add(d.readUInt32BE(0), d.readUInt32BE(4));
}

describe('HyperLogLog', () => {
  it('counts small sets exactly and ignores repeats', () => {
    const sketch = new HyperLogLog();
    for (let i = 0; i < 3; i++) for (const k of ['a', 'b', 'c']) add(sketch, k);
    expect(sketch.count()).toBe(3);
  });
  it('stays within 3 % for 50 000 distinct keys', () => {
    const sketch = new HyperLogLog();
    for (let i = 0; i < 50_000; i++) add(sketch, `v${i}`);
    expect(Math.abs(sketch.count() - 50_000) / 50_000).toBeLessThan(0.03);
  });
});
