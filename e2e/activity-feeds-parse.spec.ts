import ICAL from 'ical.js';
import { readFile } from 'node:fs/promises';
import { dateOf, entries } from './content.ts';
import { expect, test } from './fixtures.ts';

/** The VEVENTs of an iCalendar text, parsed by ical.js (throws on invalid input). */
const events = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));

/** The activity ids of a feed's events (a UID is `<id>@<host>`), sorted. */
const ids = (feed: ReturnType<typeof events>) => feed.map((e) => e.uid.replace(/@[^@]*$/, '')).sort();

const activities = entries('activities');

test('the site’s .ics download parses and has every activity at Beijing time', async ({ page, baseURL }) => {
  await page.goto('activities/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: '订阅日历（.ics）' }).click(),
  ]);
  const text = await readFile((await download.path())!, 'utf8');
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  const all = events(text);
  expect(ids(all)).toEqual(activities.map((a) => a.id).sort());
  for (const activity of activities) {
    const event = all.find((e) => e.uid.startsWith(`${activity.id}@`));
    // Frontmatter times are Beijing time: the event starts at that instant.
    expect(event?.startDate.toJSDate().toISOString(), activity.id).toBe(dateOf(activity.data.date).toISOString());
    expect(event?.summary, activity.id).toBe(activity.data.title);
    if (activity.data.location) expect(event?.location, activity.id).toBe(activity.data.location);
    expect(new URL(String(event?.component.getFirstPropertyValue('url'))).href).toBe(
      new URL(`activities/${activity.id}/`, baseURL).href,
    );
  }
  expect(
    activities.some((a) => a.data.location),
    'the content has an activity with a location',
  ).toBe(true);
});

/** A branch with activities of its own. */
const branch = entries('branches').find((b) => activities.some((a) => a.data.branch === b.id));

test('a branch’s feed has only its own activities', async ({ page, request }) => {
  test.skip(!branch, 'the content has no branch with activities');
  await page.goto(`branches/${branch!.id}/`);
  const link = page.getByRole('link', { name: '订阅本支部日历（.ics）' });
  const response = await request.get((await link.getAttribute('href'))!);
  expect(response.headers()['content-type']).toContain('text/calendar');
  const own = events(await response.text());
  expect(own.length).toBeGreaterThan(0);
  expect(ids(own)).toEqual(
    activities
      .filter((a) => a.data.branch === branch!.id)
      .map((a) => a.id)
      .sort(),
  );
});
