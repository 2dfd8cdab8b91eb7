import { describe, expect, it } from 'vitest';
import {
  garbledSpots,
  junkKind,
  normalizePunctuation,
  realignGbk,
  stripPinyinAnnotations,
  toSimplified,
} from './clean.ts';

describe('stripPinyinAnnotations', () => {
  it.each([
    ['學(xué)校', '學校'],
    ['認(rèn)識', '認識'],
    ['黨員(yuán)', '黨員'],
    ['全体党(dǎng)员(yuán)参加', '全体党员参加'],
    ['中国（zhōng）', '中国'],
    ['认识(shi)不足', '认识不足'],
  ])('removes the annotation in %s', (input, expected) => {
    expect(stripPinyinAnnotations(input).text).toBe(expected);
  });

  it.each([
    '（一）高职学校对信息化党建认识不足',
    '(一)高职学校',
    '参观了(2021)年新建的展馆',
    '(广东科学技术职业学院，广东 珠海 519090)',
    '条件(a)成立',
    '使用 Python(py) 编程',
    '中国(China)',
  ])('leaves %s alone', (input) => {
    expect(stripPinyinAnnotations(input)).toEqual({ text: input, count: 0 });
  });

  it('counts what it removed', () => {
    expect(stripPinyinAnnotations('學(xué)校黨(dǎng)建').count).toBe(2);
  });
});

describe('junkKind', () => {
  it.each([
    ['国产日韩欧美一区二区三区三州_亚洲少妇熟女av_久久久久亚洲av国产精品', 'spam'],
    ['昆明市| 图片| 靖西县| 志丹县| 双柏县| 晴隆县| 鹤山市|', 'link farm'],
    ['?', 'stray mark'],
    ['？ ？', 'stray mark'],
    ['当前位置：首页 > 学院新闻 > 正文', 'navigation'],
    ['上一篇：学院召开年度工作会议', 'navigation'],
    ['【字体：大 中 小】', 'navigation'],
    ['分享到：微信 微博 QQ空间', 'share widget'],
    ['微信 微博 QQ空间', 'share widget'],
    ['版权所有 © 2026 某某职业学院 粤ICP备00000000号', 'footer'],
  ])('drops %s as %s', (line, kind) => {
    expect(junkKind(line)).toBe(kind);
  });

  it.each([
    '高职学校内的师生群体是我国党建工作中最为重要的基层组织部分。',
    '| 部门 | 人数 | 党委办公室 | 5 | 组织部 | 3 |',
    '首批成员：张三、李四',
    '一、信息化背景下的高职学校党建工作需要面对的难题',
    '学院在亚洲职业教育论坛上介绍了精品课程建设经验。',
    '分享会在图书馆举行，师生代表交流了读书体会和心得。',
  ])('keeps %s', (line) => {
    expect(junkKind(line)).toBeUndefined();
  });
});

describe('normalizePunctuation', () => {
  it.each([
    ['根据要求,经研究,决定开展工作.现将有关事项通知如下:', '根据要求，经研究，决定开展工作。现将有关事项通知如下：'],
    ['(一)学习培训', '（一）学习培训'],
    ['(廣東科學技術職業學院,廣東 珠海 519090)', '（廣東科學技術職業學院，廣東 珠海 519090）'],
    ['参观了(2021)年新建的展馆', '参观了(2021)年新建的展馆'],
    ['结束语:综上所述', '结束语：综上所述'],
    ['是吗?', '是吗？'],
    ['　　段首的全角空格 ， 和标点旁的空格 。', '段首的全角空格，和标点旁的空格。'],
    ['版本 1.2, see https://example.com/a.html', '版本 1.2, see https://example.com/a.html'],
    ['[链接](/articles/a-b/)', '[链接](/articles/a-b/)'],
    ['能够?qū)崿F', '能够?qū)崿F'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePunctuation(input)).toBe(expected);
  });
});

describe('toSimplified', () => {
  it('converts characters and the particle 著 but keeps 著作 and 显著', () => {
    expect(toSimplified('黨員隨著學習有著進步，著作顯著')).toBe('党员随着学习有着进步，著作显著');
  });
});

describe('garbledSpots', () => {
  it('finds a ? inside a word and private-use characters, with context', () => {
    expect(garbledSpots('提高交互性，在进行党组织活动时能够?qū)崿F跨越时间和空间限制，提高交互性')).toEqual([
      '…在进行党组织活动时能够?qū)崿F跨越时间和空间限制，提高交…',
    ]);
    expect(garbledSpots('更为丰富\ue380会议')).toHaveLength(1);
  });

  it('finds nothing in clean text or at a question', () => {
    expect(garbledSpots('这是问题吗? 是的。What? (2021)')).toEqual([]);
  });
});

describe('realignGbk', () => {
  it.each([
    ['更為豐富??梢岳\ue380靡曨l會議、線上課程', '更為豐富??以利用視頻會議、線上課程'],
    ['能夠?qū)崿F(xiàn)跨越時間', '能夠?現(xiàn)跨越時間'],
  ])('reads %s in step again', (garbled, repaired) => {
    expect(realignGbk(garbled)).toEqual({ text: repaired, count: 1 });
  });

  it.each(['这是问题吗?是的，没有问题。', '第一?第二', '为什么?因为 2021 年的数据如此。', '没有问号的句子。'])(
    'leaves %s alone',
    (text) => {
      expect(realignGbk(text)).toEqual({ text, count: 0 });
    },
  );
});
