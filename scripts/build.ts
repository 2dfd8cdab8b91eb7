// `npm run build`: the site and its search index (see scripts/lib/build-site.ts). Arguments go to `astro build`.
import { buildSite } from './lib/build-site.ts';

await buildSite({ astroArgs: process.argv.slice(2) }).catch((error) => {
  console.error((error as Error).message);
  process.exit(1);
});
