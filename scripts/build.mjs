// `npm run build`: the site and its search index (see scripts/lib/build-site.mjs). Arguments go to `astro build`.
import { buildSite } from './lib/build-site.mjs';

await buildSite({ astroArgs: process.argv.slice(2) }).catch((error) => {
  console.error(error.message);
  process.exit(1);
});
