import type { APIRoute } from 'astro';
import { activitiesCalendar, getPublishedActivities } from '../activities/data.ts';
import { getSiteSettings } from '../site/data.ts';

/** The iCalendar feed of every branch's organizational life. */
export const GET: APIRoute = async ({ site }) =>
  activitiesCalendar(await getPublishedActivities(), `${(await getSiteSettings()).siteName} 组织生活`, site);
