import { describe, expect, it } from 'vitest';
import { parseLogLine, parseLogTime } from './log-line.ts';

const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

describe('parseLogLine', () => {
  it('reads a real nginx combined line', () => {
    const line = `203.0.113.7 - - [14/Oct/2026:09:30:05 +0800] "GET /dangjian/articles/x/ HTTP/1.1" 200 5123 "https://www.baidu.com/s?wd=x" "${CHROME}"`;
    expect(parseLogLine(line)).toEqual({
      ip: '203.0.113.7',
      time: Date.UTC(2026, 9, 14, 1, 30, 5),
      method: 'GET',
      target: '/dangjian/articles/x/',
      status: 200,
      referrer: 'https://www.baidu.com/s?wd=x',
      userAgent: CHROME,
    });
  });

  it('reads an Apache combined line with a user, "-" referrer and "-" size', () => {
    const line = `198.51.100.2 - alice [01/Nov/2026:23:59:59 -0500] "HEAD / HTTP/1.0" 304 - "-" "Mozilla/5.0 (X11; Linux x86_64)"`;
    const entry = parseLogLine(line)!;
    expect(entry.time).toBe(Date.UTC(2026, 10, 2, 4, 59, 59));
    expect(entry).toMatchObject({ method: 'HEAD', target: '/', status: 304, referrer: '' });
  });

  it('reads IPv6 client addresses', () => {
    const line = `2001:db8::8a2e:370:7334 - - [14/Oct/2026:09:30:05 +0000] "GET /about/ HTTP/2.0" 200 10 "-" "${CHROME}"`;
    expect(parseLogLine(line)?.ip).toBe('2001:db8::8a2e:370:7334');
  });

  it('unescapes quotes and \\xHH inside the user agent and referrer', () => {
    const line = String.raw`192.0.2.1 - - [14/Oct/2026:09:30:05 +0800] "GET /search/?q=%22a%22 HTTP/1.1" 200 1 "https://ex.org/?q=\"x\"" "Mozilla/5.0 \"quoted\" \x41"`;
    const entry = parseLogLine(line)!;
    expect(entry.referrer).toBe('https://ex.org/?q="x"');
    expect(entry.userAgent).toBe('Mozilla/5.0 "quoted" A');
  });

  it('accepts extra fields after the combined ones (e.g. request time)', () => {
    const line = `192.0.2.1 - - [14/Oct/2026:09:30:05 +0800] "GET / HTTP/1.1" 200 1 "-" "${CHROME}" 0.004 "-"`;
    expect(parseLogLine(line)?.status).toBe(200);
  });

  it.each([
    ['empty', ''],
    ['garbage', 'hello world'],
    ['common format without referrer and agent', '192.0.2.1 - - [14/Oct/2026:09:30:05 +0800] "GET / HTTP/1.1" 200 1'],
    ['truncated line', '192.0.2.1 - - [14/Oct/2026:09:30:05 +0800] "GET / HTTP/1.1" 200 1 "-" "Mozilla'],
    ['bad time', '192.0.2.1 - - [14/Foo/2026:09:30:05 +0800] "GET / HTTP/1.1" 200 1 "-" "x"'],
    ['TLS junk as request', '192.0.2.1 - - [14/Oct/2026:09:30:05 +0800] "\\x16\\x03\\x01" 400 157 "-" "-"'],
  ])('rejects a malformed line (%s)', (_, line) => {
    expect(parseLogLine(line)).toBeUndefined();
  });
});

describe('parseLogTime', () => {
  it('applies the offset', () => {
    expect(parseLogTime('01/Jan/2026:00:00:00 +0800')).toBe(Date.UTC(2025, 11, 31, 16));
    expect(parseLogTime('01/Jan/2026:00:00:00 -0130')).toBe(Date.UTC(2026, 0, 1, 1, 30));
  });
});
