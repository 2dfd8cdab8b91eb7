import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { CATEGORIES, labelOf } from '../model/collections.ts';
import { getPublishedArticles } from '../articles/data.ts';
import { getSiteSettings } from '../site/data.ts';
import { routes } from '../lib/urls.ts';

/** The 50 newest articles as RSS 2.0. */
export async function GET(context: APIContext) {
  const settings = await getSiteSettings();
  const articles = (await getPublishedArticles()).slice(0, 50);
  const site = context.site ?? new URL('http://localhost/');
  return rss({
    title: settings.siteTitle,
    description: settings.description,
    site: new URL(routes.home(), site),
    customData: '<language>zh-cn</language>',
    items: articles.map((a) => ({
      title: a.data.title,
      description: a.data.summary,
      pubDate: a.data.date,
      link: new URL(routes.article(a.id), site).href,
      author: a.data.author,
      categories: [labelOf(CATEGORIES, a.data.category), ...a.data.tags],
    })),
  });
}
