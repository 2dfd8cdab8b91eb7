import { describe, expect, it } from 'vitest';
import { BoundedCounter } from './bounded-counter.ts';

describe('BoundedCounter', () => {
  it('keeps heavy hitters when the tail is cut', () => {
    const counter = new BoundedCounter(10);
    for (let i = 0; i < 50; i++) counter.add('hot');
    for (let i = 0; i < 100; i++) counter.add(`junk${i}`);
    expect(counter.get('hot')).toBe(50);
    expect(counter.top(1)).toEqual([['hot', 50]]);
    expect(counter.pruned).toBe(true);
  });
  it('applies the minimum count', () => {
    const counter = new BoundedCounter();
    counter.add('a', 3);
    counter.add('b', 2);
    expect(counter.top(10, 3)).toEqual([['a', 3]]);
    expect(counter.pruned).toBe(false);
  });
});
