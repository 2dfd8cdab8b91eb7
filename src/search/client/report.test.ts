import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { extractSearch } from '../../topics/stats/search-terms.ts';
import { createSearchReporter } from './report.ts';

describe('createSearchReporter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports a query once it settles, under the base, in a form the stats command reads back', () => {
    const sent: string[] = [];
    const reporter = createSearchReporter((url) => sent.push(url), '/dangjian/');
    reporter.settle('三', 40);
    vi.advanceTimersByTime(500);
    reporter.settle('三会一课 质量', 0);
    vi.advanceTimersByTime(1499);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual(['/dangjian/_s/?q=%E4%B8%89%E4%BC%9A%E4%B8%80%E8%AF%BE%20%E8%B4%A8%E9%87%8F&n=0']);
    expect(extractSearch(sent[0]!.slice('/dangjian/'.length))).toEqual({ term: '三会一课 质量', zero: true });
  });

  it('flushes at once, skips repeats and cancels on an empty query', () => {
    const sent: string[] = [];
    const reporter = createSearchReporter((url) => sent.push(url), '/');
    reporter.settle('党史', 3);
    reporter.flush();
    reporter.settle('党史', 3);
    vi.advanceTimersByTime(5000);
    reporter.settle('党课', 2);
    reporter.settle('', 0);
    vi.advanceTimersByTime(5000);
    expect(sent).toEqual(['/_s/?q=%E5%85%9A%E5%8F%B2&n=3']);
  });
});
