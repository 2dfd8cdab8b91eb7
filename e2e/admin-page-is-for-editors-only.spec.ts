import { expect, test } from './fixtures.ts';

test('the CMS page is bundled, marked noindex and left out of the sitemap', async ({ request }) => {
  const html = await (await request.get('admin/')).text();
  expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  expect(html).toMatch(/<script type="module" src="[^"]*\/_astro\/[^"]+\.js"/);
  expect(html, 'no script or style from another origin').not.toMatch(/(src|href)="(https?:)?\/\//);
  const config = JSON.parse(/<script id="cms-config"[^>]*>([\s\S]*?)<\/script>/.exec(html)![1]!);
  expect(config).toMatchObject({ locale: 'zh_Hans', publish_mode: 'editorial_workflow', load_config_file: false });
  const sitemap = await (await request.get('sitemap-0.xml')).text();
  expect(sitemap).not.toContain('/admin/');
});
