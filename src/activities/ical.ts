/**
 * iCalendar (RFC 5545) feeds of organizational life, generated with ical-generator (which folds
 * lines at 75 octets, escapes text and ends lines with CRLF). Times are written in UTC (`…Z`,
 * RFC 5545 §3.3.5 form 2): ical-generator would format TZID-local times with the build machine's
 * own time zone, and a UTC instant is unambiguous for every client. X-WR-TIMEZONE tells clients
 * to show the calendar in Beijing time.
 */
import ical from 'ical-generator';
import { DEFAULT_DURATION_MS } from './activities.ts';
import { TIME_ZONE } from '../lib/date.ts';

/** One event of a feed. */
export interface FeedEvent {
  /** Stable id of the activity; the UID is derived from it and the site's host. */
  id: string;
  title: string;
  start: Date;
  end?: Date | undefined;
  location?: string | undefined;
  /** Online meeting link. */
  meetingUrl?: string | undefined;
  description: string;
  /** Absolute URL of the activity page. */
  url: string;
}

/** What a feed is about and when it was made. */
export interface FeedOptions {
  name: string;
  description: string;
  /** Host name used in UIDs (`<id>@<host>`), so UIDs stay stable across builds. */
  host: string;
  /** The build time (DTSTAMP). */
  stamp: Date;
}

/** Renders an iCalendar file of the given events. */
export function renderCalendar(events: readonly FeedEvent[], options: FeedOptions): string {
  const calendar = ical({
    name: options.name,
    description: options.description,
    prodId: { company: 'Xinhuo', product: 'xinhuo-activities', language: 'ZH' },
    x: [{ key: 'X-WR-TIMEZONE', value: TIME_ZONE }],
  });
  for (const event of events) {
    calendar.createEvent({
      id: `${event.id}@${options.host}`,
      summary: event.title,
      start: event.start,
      end: event.end ?? new Date(event.start.getTime() + DEFAULT_DURATION_MS),
      stamp: options.stamp,
      location: event.location ?? (event.meetingUrl ? `线上会议 ${event.meetingUrl}` : null),
      description: event.meetingUrl ? `${event.description}\n入会链接：${event.meetingUrl}` : event.description,
      url: event.url,
    });
  }
  return calendar.toString();
}
