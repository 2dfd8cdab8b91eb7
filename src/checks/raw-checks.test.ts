import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { checkRawFile, MAX_FILE_BYTES, yamlRegion } from './raw-checks.ts';

const check = (text: string | Uint8Array, format: 'mdx' | 'yml' = 'mdx') =>
  checkRawFile(typeof text === 'string' ? Buffer.from(text) : text, format).problems;
const frontmatter = (...lines: string[]) => ['---', ...lines, '---', '', '正文。', ''].join('\n');

describe('checkRawFile', () => {
  it('accepts ordinary Chinese text with its punctuation, emoji sequences, Latin accents and CRLF', () => {
    const text = frontmatter('title: “学院”……——《党章》', 'summary: café naïve 👨‍👩‍👧 ①②③ ＡＢＣ').replace(/\n/g, '\r\n');
    expect(check(text)).toEqual([]);
  });

  it('reports every invisible character with its line, column and code point, not only the first', () => {
    const problems = check(frontmatter('title: 学院\u200b党委', 'summary: 第一\u202e段'));
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [2, 10],
      [3, 12],
    ]);
    expect(problems[1]?.zh).toContain('删除第 3 行第 12 列的不可见字符 U+202E');
  });

  it('summarises a flood of one kind of character instead of listing thousands', () => {
    const problems = check(frontmatter('title: a') + '\u0007'.repeat(50));
    expect(problems).toHaveLength(5);
    expect(problems[4]?.zh).toContain('另有 45 处');
  });

  it('allows full-width spaces in the body (paragraph indentation) but not as YAML indentation', () => {
    expect(check(frontmatter('title: a') + '\u3000\u3000段首缩进两个全角空格。')).toEqual([]);
    expect(check('tags:\n\u3000- a\n', 'yml')[0]).toMatchObject({ line: 2, syntax: true });
  });

  it('does not mistake a URL for a key without a space after the colon', () => {
    expect(check('links:\n  - https://www.example.edu.cn/\n', 'yml')).toEqual([]);
    expect(check('title:学院\n', 'yml')[0]?.zh).toContain('冒号后面缺少空格');
  });

  it('names a legacy encoding, the first line that is not UTF-8 and the command that converts it', () => {
    const bytes = iconv.encode(
      frontmatter('title: ok', 'summary: 学院党委召开理论学习中心组学习会，深入学习党的创新理论。'),
      'gbk',
    );
    const [problem, ...rest] = check(bytes);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ line: 3, wholeFile: true });
    expect(problem?.zh).toContain('iconv -f GBK -t UTF-8');
  });

  it('recognises garbled text whatever wrong encoding made it, and says what it was', () => {
    const asGbk = iconv.decode(Buffer.from('党建工作', 'utf8'), 'gbk');
    expect(check(frontmatter(`title: ${asGbk}`))[0]?.zh).toContain('原文可能是“党建工作”');
    const asLatin1 = Buffer.from('党建', 'utf8').toString('latin1');
    expect(check(frontmatter(`title: ${asLatin1}学习`)).some((p) => p.zh.includes('原文可能是“党建”'))).toBe(true);
  });

  it('takes no word of a 349,000-word Chinese dictionary for mojibake (涓滴归公 is an idiom, not 乱码)', () => {
    const words = readFileSync('node_modules/@node-rs/jieba/dict.txt', 'utf8')
      .split('\n')
      .map((line) => line.split(' ')[0]!)
      .filter((word) => /\p{Script=Han}/u.test(word));
    expect(words.length).toBeGreaterThan(300_000);
    const garbled: string[] = [];
    for (let i = 0; i < words.length; i += 1000) {
      const chunk = words.slice(i, i + 1000);
      for (const p of check(chunk.join('\n'), 'yml')) if (p.zh.includes('乱码')) garbled.push(chunk[p.line - 1]!);
    }
    expect(garbled).toEqual([]);
  }, 60_000);

  it('rejects a file over the size limit and points at embedded image data', () => {
    const big = frontmatter('title: a') + `![](data:image/png;base64,${'A'.repeat(MAX_FILE_BYTES)})`;
    const [problem] = check(big);
    expect(problem?.zh).toContain('粘贴了图片数据');
    expect(problem?.line).toBe(6);
  });
});

describe('yamlRegion', () => {
  it('finds the frontmatter of MDX between the fences and the whole of a YAML file', () => {
    expect(yamlRegion(['---', 'a: 1', '---', 'x'], 'mdx')).toEqual({ first: 2, last: 2, closed: true });
    expect(yamlRegion(['---', 'a: 1', 'x'], 'mdx')).toEqual({ first: 2, last: 3, closed: false });
    expect(yamlRegion(['x'], 'mdx')).toBeUndefined();
    expect(yamlRegion(['a: 1', 'b: 2'], 'yml')).toEqual({ first: 1, last: 2, closed: true });
  });
});
