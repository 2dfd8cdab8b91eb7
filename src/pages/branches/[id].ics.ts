import type { APIRoute, GetStaticPaths } from 'astro';
import { activitiesCalendar, getActivitiesByBranch } from '../../activities/data.ts';
import { getBranches, type Branch } from '../../site/data.ts';

export const getStaticPaths = (async () =>
  (await getBranches()).map((branch) => ({ params: { id: branch.id }, props: { branch } }))) satisfies GetStaticPaths;

/** One branch's iCalendar feed. */
export const GET: APIRoute<{ branch: Branch }> = async ({ props, site }) => {
  const own = (await getActivitiesByBranch()).get(props.branch.id) ?? [];
  return activitiesCalendar(own, `${props.branch.data.name} 组织生活`, site);
};
