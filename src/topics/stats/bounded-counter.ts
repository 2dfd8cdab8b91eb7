/**
 * A counter with a bounded number of keys. When it grows past its limit it forgets the keys
 * with the smallest counts (keeping half), so a log full of unique junk URLs cannot exhaust
 * memory. The heavy hitters, which are all the report shows, stay exact unless they first
 * appeared among the forgotten tail; `pruned` tells whether any key was dropped.
 */
export class BoundedCounter {
  private readonly counts = new Map<string, number>();
  /** Whether keys were ever dropped (the figures for rare keys are then approximate). */
  pruned = false;

  private readonly limit: number;

  constructor(limit = 20_000) {
    this.limit = limit;
  }

  add(key: string, n = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + n);
    if (this.counts.size > this.limit) this.prune();
  }

  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  /** Entries with at least `min` counts, largest first (ties by key), at most `max`. */
  top(max: number, min = 1): [string, number][] {
    return [...this.counts]
      .filter(([, n]) => n >= min)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, max);
  }

  private prune(): void {
    const keep = this.top(Math.floor(this.limit / 2));
    this.counts.clear();
    for (const [k, n] of keep) this.counts.set(k, n);
    this.pruned = true;
  }
}
