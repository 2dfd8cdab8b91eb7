import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { shanghaiInstant } from '../lib/date.ts';
import { renderCalendar, type FeedEvent } from './ical.ts';

const OPTIONS = {
  name: '组织生活',
  description: '三会一课',
  host: 'dangjian.example.edu.cn',
  stamp: new Date('2026-11-25T00:00:00Z'),
};
const meeting: FeedEvent = {
  id: '2026-11-it-students-general-meeting',
  title: '信息工程学院学生党支部党员大会（讨论接收预备党员、部署民主评议）',
  start: shanghaiInstant(2026, 11, 28, 14),
  end: shanghaiInstant(2026, 11, 28, 16, 30),
  location: '信息楼D102',
  description: '讨论接收3名发展对象为预备党员; 部署民主评议, 逗号和分号要转义',
  url: 'https://dangjian.example.edu.cn/activities/x/',
};
const online: FeedEvent = {
  id: 'online',
  title: '线上党小组会',
  start: shanghaiInstant(2026, 12, 10, 19, 30),
  meetingUrl: 'https://meeting.example.edu.cn/j/1',
  description: '实习党员',
  url: 'https://dangjian.example.edu.cn/activities/online/',
};

function parse(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

describe('renderCalendar', () => {
  const text = renderCalendar([meeting, online], OPTIONS);

  it('parses back with ical.js to the same events', () => {
    const [first, second] = parse(text);
    expect(first?.uid).toBe('2026-11-it-students-general-meeting@dangjian.example.edu.cn');
    expect(first?.summary).toBe(meeting.title);
    expect(first?.location).toBe('信息楼D102');
    expect(first?.description).toBe(meeting.description);
    expect(first?.startDate.toJSDate()).toEqual(meeting.start);
    expect(first?.endDate.toJSDate()).toEqual(meeting.end);
    expect(second?.description).toContain('https://meeting.example.edu.cn/j/1');
    // No end: two hours.
    expect(second?.endDate.toJSDate()).toEqual(shanghaiInstant(2026, 12, 10, 21, 30));
  });

  it('writes Beijing 14:00 as 06:00 UTC, with DTSTAMP', () => {
    expect(text).toContain('DTSTART:20261128T060000Z');
    expect(text).toContain('DTSTAMP:20261125T000000Z');
    expect(text).toContain('X-WR-TIMEZONE:Asia/Shanghai');
  });

  it('ends every line with CRLF and folds at 75 octets', () => {
    expect(text.split('\r\n').join('')).not.toContain('\n');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text).toMatch(/\r\n /); // the long Chinese title is folded
  });

  it('escapes commas and semicolons in text', () => {
    expect(text.replace(/\r\n /g, '')).toContain('预备党员\\; 部署民主评议\\, 逗号');
  });
});
