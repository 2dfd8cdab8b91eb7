import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './encoding.ts';

const SIMPLIFIED = '关于开展2026年度党员民主评议工作的通知：各党支部要认真组织学习。';
const TRADITIONAL = '關於開展2026年度黨員民主評議工作的通知：各黨支部要認真組織學習。';

describe('decodeText', () => {
  it.each([
    ['UTF-8', Buffer.from(SIMPLIFIED), SIMPLIFIED],
    ['UTF-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SIMPLIFIED)]), SIMPLIFIED],
    ['GB18030', iconv.encode(SIMPLIFIED, 'gbk'), SIMPLIFIED],
    ['GB18030', iconv.encode(TRADITIONAL, 'gbk'), TRADITIONAL],
    ['Big5', iconv.encode(TRADITIONAL, 'big5'), TRADITIONAL],
    ['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SIMPLIFIED, 'utf-16le')]), SIMPLIFIED],
  ] as const)('reads %s', (encoding, bytes, text) => {
    expect(decodeText(bytes)).toEqual({ encoding, text });
  });
});
