import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  entryOfFile,
  entryOfHash,
  noticeFor,
  showPublishStatus,
  SIGNED_IN_EVENT,
  type PublishStatus,
} from './publish-status.ts';

const HOLD = {
  file: 'src/content/articles/2026-11-25-xue-xi.mdx',
  published: true,
  problems: [{ label: '正文', path: 'body', line: 12, zh: '（第 5 列）不能使用花括号表达式 {…}' }],
};
const status = (over: Partial<PublishStatus> = {}): PublishStatus => ({ building: false, holds: [], ...over });

describe('entryOfFile', () => {
  it.each([
    [
      'src/content/articles/2026-11-25-xue-xi.mdx',
      { collection: 'articles', slug: '2026-11-25-xue-xi', label: '文章' },
    ],
    ['src/content/branches/admin-first.yml', { collection: 'branches', slug: 'admin-first' }],
    ['src/content/settings/site.yml', { collection: 'settings', slug: 'site' }],
    ['public/uploads/a.png', undefined],
    ['src/content/unknown/x.mdx', undefined],
  ])('%s', (file, expected) => {
    if (expected) expect(entryOfFile(file)).toMatchObject(expected);
    else expect(entryOfFile(file)).toBeUndefined();
  });
});

describe('entryOfHash', () => {
  it('reads the collection and slug of an entry route', () => {
    expect(entryOfHash('#/collections/articles/entries/2026-11-25-xue-xi')).toEqual({
      collection: 'articles',
      slug: '2026-11-25-xue-xi',
    });
    expect(entryOfHash('#/collections/articles')).toBeUndefined();
    expect(entryOfHash('#/workflow')).toBeUndefined();
  });
});

describe('noticeFor', () => {
  const open = '#/collections/articles/entries/2026-11-25-xue-xi';

  it('says on the held entry that readers see its previous version, and each problem with its line', () => {
    const notice = noticeFor(status({ holds: [HOLD] }), open)!;
    expect(notice.kind).toBe('hold');
    expect(notice.title).toContain('上一版本');
    expect(notice.lines[0]).toBe('第 12 行 · 正文：（第 5 列）不能使用花括号表达式 {…}');
    expect(notice.lines.at(-1)).toContain('都已保存');
  });

  it('says an entry that never went live is not on the site', () => {
    expect(noticeFor(status({ holds: [{ ...HOLD, published: false }] }), open)!.title).toContain('没有上线');
  });

  it('lists held entries as links elsewhere in the CMS', () => {
    const notice = noticeFor(status({ holds: [HOLD], building: true }), '#/collections/articles')!;
    expect(notice.kind).toBe('others');
    expect(notice.links).toEqual([{ text: '文章：2026-11-25-xue-xi', href: `${open}` }]);
  });

  it('puts what the gateway refused first, with lines within the body', () => {
    const refused = [{ file: HOLD.file, problems: [{ ...HOLD.problems[0]!, bodyLine: 3 }] }];
    const notice = noticeFor(status({ holds: [HOLD], refused }), open)!;
    expect(notice.kind).toBe('refused');
    expect(notice.lines[0]).toBe('正文第 3 行：（第 5 列）不能使用花括号表达式 {…}');
    expect(noticeFor(status({ refused }), '#/collections/articles/entries/other')).toBeUndefined();
  });

  it('says when the site is rebuilding or failed, and nothing when all is live', () => {
    expect(noticeFor(status({ building: true }), open)!.kind).toBe('building');
    expect(noticeFor(status({ failure: { reason: 'Error: out of memory' } }), open)!.lines[0]).toBe(
      'Error: out of memory',
    );
    expect(noticeFor(status(), open)).toBeUndefined();
  });
});

describe('showPublishStatus', () => {
  /** The CMS page with the notice, and a poll that answers each status in turn. */
  function page(answers: PublishStatus[]) {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const polls: (() => void)[] = [];
    const win = {
      location: { hash: '#/collections/articles' },
      fetch: async () => ({ ok: true, json: async () => answers.shift() ?? status() }),
      setTimeout: (poll: () => void) => polls.push(poll),
      listeners: new Map<string, () => void>(),
      addEventListener(type: string, listener: () => void) {
        this.listeners.set(type, listener);
      },
    };
    showPublishStatus(document, win as unknown as Window, '/api/xinhuo/status');
    // Nothing is asked before an editor signs in (the server would refuse it).
    expect(polls).toHaveLength(0);
    win.listeners.get(SIGNED_IN_EVENT)!();
    const box = () => document.querySelector<HTMLElement>('.xh-publish-status')!;
    const next = async () => {
      polls.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    };
    return { box, next };
  }

  it('shows a notice that the editor can close, and the next one again', async () => {
    const { box, next } = page([
      status({ building: true }),
      status({ building: true }),
      status(),
      status({ building: true }),
    ]);
    await next();
    expect(box().hidden).toBe(false);
    expect(box().textContent).toContain('网站正在更新');
    box().querySelector<HTMLButtonElement>('button[aria-label="关闭提示"]')!.click();
    expect(box().hidden).toBe(true);
    await next(); // the same notice: it stays closed
    expect(box().hidden).toBe(true);
    await next(); // all live: nothing to show
    await next(); // the next publish rebuilds: shown again
    expect(box().hidden).toBe(false);
  });
});
