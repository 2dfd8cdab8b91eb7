// The two builds the tests serve: at the root of a host and under an intranet sub-path.
import { run, step } from './run.mjs';

/** Where each test build goes and which base it uses. */
export const TEST_BUILDS = [
  { name: 'root', base: '/', outDir: 'dist', port: 4321 },
  { name: 'subpath', base: '/dangjian/', outDir: 'dist-subpath', port: 4322 },
];

/** Environment that makes astro build/preview use a given deployment. */
export const buildEnv = ({ base, outDir, port }) => ({
  XINHUO_BASE: base,
  XINHUO_OUT_DIR: outDir,
  XINHUO_SITE: `http://127.0.0.1:${port}`,
});

/** Builds the site once per deployment. */
export async function buildAll(builds = TEST_BUILDS) {
  for (const build of builds) {
    step(`Building the site at ${build.base} → ${build.outDir}/`);
    await run('astro', ['build'], { env: buildEnv(build) });
  }
}
