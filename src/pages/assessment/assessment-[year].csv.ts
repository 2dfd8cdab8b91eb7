import type { APIRoute, GetStaticPaths } from 'astro';
import { assessmentCsv } from '../../activities/assessment.ts';
import { getAssessment } from '../../activities/data.ts';
import { getBranchNames } from '../../site/data.ts';
import { ACTIVITY_TYPES, labelOf } from '../../model/collections.ts';

export const getStaticPaths = (async () => [
  { params: { year: String((await getAssessment()).year) } },
]) satisfies GetStaticPaths;

/** The assessment of the year as CSV for Excel. */
export const GET: APIRoute = async () => {
  const { assessments } = await getAssessment();
  const names = await getBranchNames();
  const csv = assessmentCsv(assessments, {
    branch: (id) => names.get(id) ?? id,
    type: (type) => labelOf(ACTIVITY_TYPES, type),
  });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
