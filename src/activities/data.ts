/**
 * Data access for organizational life: published activity records, the assessment rules of the
 * settings, every branch assessed as of the build's moment, and iCalendar feeds.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { monthKey, monthOf, shanghaiParts } from '../lib/date.ts';
import { groupBy, publishedNewestFirst } from '../lib/queries.ts';
import { routes } from '../lib/urls.ts';
import { getAsOf, getBranches, oncePerBuild } from '../site/data.ts';
import { assessBranches } from './assessment.ts';
import { renderCalendar } from './ical.ts';

export type Activity = CollectionEntry<'activities'>;

/** Activity records a reader may see, newest first. */
export const getPublishedActivities = oncePerBuild(async (): Promise<Activity[]> =>
  publishedNewestFirst(await getCollection('activities')),
);

/** Each branch's published activities, newest first, by branch id. */
export const getActivitiesByBranch = oncePerBuild(async (): Promise<ReadonlyMap<string, Activity[]>> =>
  groupBy(await getPublishedActivities(), (a) => a.data.branch),
);

/** Each month's published activities, oldest first, by month key (`2026-10`). */
export const getActivitiesByMonth = oncePerBuild(async (): Promise<ReadonlyMap<string, Activity[]>> =>
  groupBy([...(await getPublishedActivities())].reverse(), (a) => monthKey(monthOf(a.data.date))),
);

/** The assessment settings (src/content/settings/assessment.yml): the required frequencies and the day judging starts. */
async function getAssessmentSettings() {
  const entry = await getEntry('assessment', 'assessment');
  if (!entry) {
    throw new Error('缺少考核规则 src/content/settings/assessment.yml / Missing src/content/settings/assessment.yml');
  }
  return entry.data;
}

/** An iCalendar file of activities, with absolute links (needs the configured `site`). */
export async function activitiesCalendar(activities: readonly Activity[], name: string, site: URL | undefined) {
  const origin = site ?? new URL('http://localhost/');
  const events = activities.map((a) => ({
    id: a.id,
    title: a.data.title,
    start: a.data.date,
    end: a.data.end,
    location: a.data.location,
    meetingUrl: a.data.meetingUrl,
    description: a.data.summary,
    url: new URL(routes.activity(a.id), origin).href,
  }));
  const stamp = await getAsOf();
  const description = '三会一课和主题党日活动安排（北京时间）';
  const body = renderCalendar(events, { name, description, host: origin.hostname, stamp });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

/** Every branch assessed for the year of the "as of" date. */
export const getAssessment = oncePerBuild(async () => {
  const asOf = await getAsOf();
  const year = shanghaiParts(asOf).year;
  const branches = await getBranches();
  const { rules, start } = await getAssessmentSettings();
  const assessments = assessBranches({
    year,
    asOf,
    start,
    rules,
    branches: branches.map((b) => ({ id: b.id, founded: b.data.founded })),
    activities: (await getPublishedActivities()).map((a) => ({ id: a.id, ...a.data })),
  });
  return { year, asOf, start, rules, branches, assessments };
});
