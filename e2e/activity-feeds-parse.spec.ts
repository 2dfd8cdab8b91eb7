import ICAL from 'ical.js';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';

/** The VEVENTs of an iCalendar text, parsed by ical.js (throws on invalid input). */
const events = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));

test('the site’s .ics download parses and has every activity at Beijing time', async ({ page, baseURL }) => {
  await page.goto('activities/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: '订阅日历（.ics）' }).click(),
  ]);
  const text = await readFile((await download.path())!, 'utf8');
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  const all = events(text);
  expect(all).toHaveLength(22);
  const meeting = all.find((e) => e.uid.startsWith('2026-11-it-students-general-meeting-upcoming@'));
  expect(meeting?.startDate.toJSDate().toISOString()).toBe('2026-11-28T06:00:00.000Z');
  expect(meeting?.location).toBe('信息楼D102');
  expect(new URL(String(meeting?.component.getFirstPropertyValue('url'))).href).toBe(
    new URL('activities/2026-11-it-students-general-meeting-upcoming/', baseURL).href,
  );
});

test('a branch’s feed has only its own activities', async ({ page, request }) => {
  await page.goto('branches/biz-students/');
  const link = page.getByRole('link', { name: '订阅本支部日历（.ics）' });
  const response = await request.get((await link.getAttribute('href'))!);
  expect(response.headers()['content-type']).toContain('text/calendar');
  const own = events(await response.text());
  expect(own.length).toBeGreaterThan(0);
  expect(own.every((e) => e.summary.includes('经济管理学院'))).toBe(true);
});
