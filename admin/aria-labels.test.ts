import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { relabel } from './aria-labels.ts';

describe('relabel', () => {
  it('puts the toast library’s English labels into Chinese and leaves others alone', () => {
    const { document } = parseHTML(
      '<div id="t"><button aria-label="close">×</button><div aria-label="notification timer"></div><a aria-label="工作流"></a></div>',
    );
    relabel(document.getElementById('t')!);
    const labels = [...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'));
    expect(labels).toEqual(['关闭', '通知剩余时间', '工作流']);
  });
});
