import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SLUG_KEY } from '../src/model/to-decap.ts';
import { mdxFormat, stringifyPair, ymlFormat } from './format.ts';

const CONTENT = 'src/content';
const files = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(mdx|yml)$/.test(f))
  .map((f) => join(CONTENT, f));

/** What Decap does with a formatter's output before writing (backend.entryToRaw). */
const withFinalNewline = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);

describe('CMS file formats', () => {
  it.each(files)('writes %s back byte for byte when nothing changed', (file) => {
    const original = readFileSync(file, 'utf8');
    const format = file.endsWith('.mdx') ? mdxFormat() : ymlFormat();
    const data = format.fromFile(original);
    expect(withFinalNewline(format.toFile(structuredClone(data), Object.keys(data)))).toBe(original);
  });

  it('changes only the edited key and keeps the body exactly', () => {
    const original = [
      '---',
      'title: 旧标题',
      'date: 2026-11-25',
      'summary: 这是一段很长很长的摘要，用来检查长行不会被折行，也不会被加上引号或者改变写法，保持原样即可。',
      'tags: [三会一课, 主题党日]',
      '---',
      '',
      '正文 **不变**。',
      '',
      '| 表头 | 表头 |',
      '| --- | --- |',
      '| 1 | 2 |',
      '',
    ].join('\n');
    const format = mdxFormat();
    const data = format.fromFile(original);
    const saved = format.toFile({ ...data, title: '新标题：第二版', [SLUG_KEY]: 'x' }, [
      'title',
      'date',
      'summary',
      'tags',
    ]);
    expect(saved).toBe(original.replace('title: 旧标题', 'title: 新标题：第二版'));
  });

  it('writes new entries in the repository style, leaving out empty optional values', () => {
    const saved = mdxFormat().toFile(
      { title: '标题', tags: ['甲', '乙'], source: '', draft: false, body: '正文\n', [SLUG_KEY]: '2026-x' },
      ['title', 'tags', 'source', 'draft'],
    );
    expect(saved).toBe('---\ntitle: 标题\ntags: [甲, 乙]\ndraft: false\n---\n正文\n');
  });

  it('quotes what YAML would otherwise read as something else', () => {
    expect(stringifyPair('title', '2026')).toBe('title: "2026"');
    expect(stringifyPair('date', '2026-11-25 14:30')).toBe('date: 2026-11-25 14:30');
  });
});
