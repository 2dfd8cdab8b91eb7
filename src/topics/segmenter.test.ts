import { describe, expect, it } from 'vitest';
import { intlSegmenter, jiebaSegmenter } from './segmenter.ts';

const TERMS = ['三会一课', '主题党日', '党史学习教育'];
const TEXT = '学院各支部认真落实三会一课制度，开展主题党日活动，推进党史学习教育常态化。';

describe.each([
  ['jieba', () => jiebaSegmenter(TERMS)],
  ['Intl.Segmenter', async () => intlSegmenter(TERMS)],
])('%s segmenter', (_, make) => {
  it('keeps domain terms whole', async () => {
    const words = (await make())(TEXT);
    for (const term of TERMS) expect(words).toContain(term);
  });
});

describe('without the domain dictionary', () => {
  it('jieba splits the terms (so the dictionary is what keeps them whole)', async () => {
    const words = (await jiebaSegmenter([]))(TEXT);
    expect(words).not.toContain('三会一课');
    expect(words).not.toContain('党史学习教育');
  });
});
