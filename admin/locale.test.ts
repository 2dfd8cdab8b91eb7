import en from 'decap-cms-locales/dist/esm/en/index.js';
import zh from 'decap-cms-locales/dist/esm/zh_Hans/index.js';
import { describe, expect, it } from 'vitest';
import { withWorkflowPhrases } from './locale.ts';

type Phrases = { [key: string]: string | Phrases };
const flatten = (phrases: Phrases, path: string[] = []): [string, string][] =>
  Object.entries(phrases).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[[...path, key].join('.'), value] as [string, string]]
      : flatten(value, [...path, key]),
  );
const english = new Map(flatten(en as Phrases));
const chinese = new Map(flatten(withWorkflowPhrases(zh as Phrases) as Phrases));

describe('the CMS phrases', () => {
  it('leave no English phrase behind (Set date to now, Collapse …)', () => {
    expect([...english.keys()].filter((key) => !chinese.has(key))).toEqual([]);
    expect(chinese.get('editor.editorWidgets.datetime.setToNow')).toBe('把“%{fieldLabel}”设为现在');
    expect(chinese.get('editor.editorWidgets.object.collapse')).toBe('收起');
  });

  it('keep every placeholder of the English phrase', () => {
    const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();
    const lost = [...english].filter(([key, text]) => {
      const zhText = chinese.get(key) ?? '';
      return !placeholders(text).every((p) => placeholders(zhText).includes(p));
    });
    expect(lost.map(([key]) => key)).toEqual([]);
  });

  it('name the statuses as everywhere else and never count problems they cannot count', () => {
    const all = [...chinese.values()].join('\n');
    expect(all).not.toMatch(/就绪|审查中|不满足模式|漏掉了一个/);
    expect(chinese.get('editor.editor.onPublishingNotReady')).toContain('待发布');
    expect(
      chinese
        .get('editor.editorControlPane.widget.regexPattern')!
        .replace('%{fieldLabel}', '摘要')
        .replace('%{pattern}', '须为 10–200 个字'),
    ).toBe('“摘要”须为 10–200 个字。');
  });

  it('do not say a new, untouched entry was saved', () => {
    expect(chinese.get('editor.editorToolbar.changesSaved')).not.toContain('已保存');
  });
});
