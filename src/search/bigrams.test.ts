import { describe, expect, it } from 'vitest';
import { decodeText, decodeWords, encodeHtml, encodeText, hanWords, queryPlan, SPACE_MARK } from './bigrams.ts';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('encodeText', () => {
  it('writes each Han run as its overlapping pairs closed by its last character', () => {
    expect(encodeText('中国共产党')).toBe('中国 国共 共产 产党 党');
    expect(encodeText('党')).toBe('党');
    expect(hanWords('三会一课')).toEqual(['三会', '会一', '一课', '课']);
  });

  it('keeps other text, and marks white space next to Han text', () => {
    expect(encodeText('PLC编程 2026年')).toBe(`PLC 编程 程 ${SPACE_MARK} 2026 年`);
    expect(encodeText('hello world')).toBe('hello world');
    expect(encodeText('学习，工作')).toBe('学习 习 ， 工作 作');
  });
});

describe('decodeText', () => {
  const samples = [
    '中国共产党第二十次全国代表大会',
    '床前明月光，疑是地上霜。舉頭望明月，低頭思故鄉。',
    '子曰：“学而时习之，不亦说乎？”',
    'PLC编程与AI视觉识别 2026 年 第 3 期',
    'hello world, 党 史 学习',
    '  开头和结尾的空格  ',
    'a 中 b',
    '中国 国人',
    '「繁體」與“简体”混排：備份、網路',
    '𠀀𠀁 extension B characters 𠀂',
  ];

  it.each(samples)('round-trips %s to the original text (white space collapsed)', (text) => {
    expect(decodeText(encodeText(text))).toBe(collapse(text));
  });

  it('reads an excerpt cut from the middle of a run', () => {
    // 中国共产党 cut after its first word: 国共 共产 产党 党.
    expect(decodeText('国共 共产 产党 党')).toBe('国共产党');
    expect(decodeText('党 ， 人民 民')).toBe('党，人民');
  });

  it('reads the period Pagefind adds after a block, and maps marks to characters', () => {
    expect(decodeText('党建 建工 工作 作.')).toBe('党建工作.');
    const { text, marks } = decodeWords('疑是 是地 地上 上霜 霜', [false, true, true, true, false]);
    expect(text).toBe('疑是地上霜');
    expect(marks).toEqual([false, true, true, true, true]);
  });
});

describe('encodeHtml', () => {
  it('keeps tags, scripts and attributes, and encodes a run across inline tags as one run', () => {
    const html = '<h1 title="中国">中国<strong>共产党</strong></h1><script>var a="中国"</script><p>章程</p>';
    const encoded = encodeHtml(html);
    expect(encoded).toContain('<h1 title="中国">');
    expect(encoded).toContain('<script>var a="中国"</script>');
    const text = encoded.replace(/<script[\s\S]*?<\/script>/, '').replace(/<[^>]*>/g, ' ');
    expect(text.split(/\s+/).filter(Boolean)).toEqual(['中国', '国共', '共产', '产党', '党', '章程', '程']);
  });
});

describe('queryPlan', () => {
  it.each([
    ['党', '党', []],
    ['党员', '党员', ['"党员"']],
    ['三会课', '三会 会课', ['"三会 会课"']],
    ['疑是地上霜举头望', '疑是 是地 地上 上霜 霜举 举头 头望', ['"疑是 是地 地上 上霜 霜举 举头 头望"']],
    ['PLC编程', 'PLC 编程', ['"编程"']],
    ['AI视觉识别 2026', 'AI 视觉 觉识 识别 2026', ['"视觉 觉识 识别"']],
    ['  党史   学习 ', '党史 学习', ['"党史"', '"学习"']],
  ])('plans %s', (query, ranked, phrases) => {
    expect(queryPlan(query)).toMatchObject({ ranked, phrases });
  });

  it('says whether the phrases are the whole query', () => {
    expect(queryPlan('三会一课 组织生活').phrasesOnly).toBe(true);
    expect(queryPlan('党').phrasesOnly).toBe(false);
    expect(queryPlan('PLC编程').phrasesOnly).toBe(false);
    expect(queryPlan('“三会一课”').phrasesOnly).toBe(true);
  });

  it('keeps the reader’s words for highlighting, never pairs', () => {
    expect(queryPlan('疑是地上霜 PLC').terms).toEqual(['疑是地上霜', 'PLC']);
    expect(queryPlan('   ').ranked).toBe('');
  });

  it('plans a Traditional query as typed (conversion comes first, in chinese.ts)', () => {
    expect(queryPlan('舉頭望明月').phrases).toEqual(['"舉頭 頭望 望明 明月"']);
  });
});
