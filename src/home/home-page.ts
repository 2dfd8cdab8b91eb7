/**
 * What the home page shows, chosen from the site's data: the pinned articles, the categories with
 * articles, the newest materials, the upcoming activities as of the build, courses, the most-read
 * pages and the site's figures. The page only lays it out.
 */
import { getPopularEntries } from '../topics/insights.ts';
import { getAsOf, getBranches, getMemberCount, getSiteSettings } from '../site/data.ts';
import { getCategories, getPublishedArticles, getPublishedMaterials } from '../articles/data.ts';
import { getCourses } from '../courses/data.ts';
import { getPublishedActivities } from '../activities/data.ts';

/** How many items each home-page list shows. */
const LIST = 5;
const PINNED = 2;

export async function getHomePage() {
  const articles = await getPublishedArticles();
  const branches = await getBranches();
  const asOf = await getAsOf();
  return {
    settings: await getSiteSettings(),
    pinned: articles.filter((a) => a.data.pinned).slice(0, PINNED),
    categories: (await getCategories()).filter((c) => c.articles.length > 0),
    materials: (await getPublishedMaterials()).slice(0, LIST),
    branches,
    // Upcoming as of the build: soonest first.
    upcoming: (await getPublishedActivities())
      .filter((a) => a.data.date >= asOf)
      .reverse()
      .slice(0, LIST),
    courses: (await getCourses()).slice(0, LIST),
    popular: (await getPopularEntries()).slice(0, LIST),
    stats: [
      { label: '篇文章', value: articles.length },
      { label: '个党支部', value: branches.length },
      { label: '名党员', value: await getMemberCount() },
    ],
  };
}
