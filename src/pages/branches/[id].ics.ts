import type { APIRoute, GetStaticPaths } from 'astro';
import { activitiesCalendar, getBranches, getPublishedActivities, type Branch } from '../../lib/site.ts';

export const getStaticPaths = (async () =>
  (await getBranches()).map((branch) => ({ params: { id: branch.id }, props: { branch } }))) satisfies GetStaticPaths;

/** One branch's iCalendar feed. */
export const GET: APIRoute<{ branch: Branch }> = async ({ props, site }) => {
  const own = (await getPublishedActivities()).filter((a) => a.data.branch === props.branch.id);
  return activitiesCalendar(own, `${props.branch.data.name} 组织生活`, site);
};
