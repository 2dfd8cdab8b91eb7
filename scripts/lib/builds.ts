// The two builds the tests serve: at the root of a host and under an intranet sub-path.
import { readConfig } from '../../src/config.ts';
import { createServer, type AddressInfo } from 'node:net';
import { buildSite } from './build-site.ts';
import { step } from './run.ts';

/**
 * Where each test build goes, which base it uses and where it is served. `npm test` picks two
 * free ports once (so a developer's own server cannot collide) and hands them to the builds and
 * to Playwright through XINHUO_E2E_PORTS; the defaults serve `npm run test:e2e` on its own.
 */
/** A build of the site the tests serve: where it goes, its base path and its port. */
export interface TestBuild {
  name: string;
  base: string;
  outDir: string;
  port: number;
}

export function testBuilds(): TestBuild[] {
  const [root = 4321, subpath = 4322] = readConfig().e2ePorts.split(',').filter(Boolean).map(Number);
  return [
    { name: 'root', base: '/', outDir: 'dist', port: root },
    { name: 'subpath', base: '/dangjian/', outDir: 'dist-subpath', port: subpath },
  ];
}

/**
 * The test builds' "as of" moment (assessment, calendar month, activity status), so the tests
 * check the starter content against a known date rather than the day they happen to run.
 */
export const TEST_AS_OF = '2026-11-25 10:00';

/** Environment that makes astro build/preview use a given deployment. */
export const buildEnv = ({ base, outDir, port }: TestBuild): Record<string, string> => ({
  XINHUO_AS_OF: readConfig().asOf ?? TEST_AS_OF,
  XINHUO_BASE: base,
  XINHUO_OUT_DIR: outDir,
  XINHUO_SITE: `http://127.0.0.1:${port}`,
});

/** Builds the site once per deployment. */
export async function buildAll(builds = testBuilds()) {
  for (const build of builds) {
    step(`Building the site at ${build.base} → ${build.outDir}/`);
    await buildSite({ env: buildEnv(build) });
  }
}

/** Asks the OS for a free loopback port. */
export function freePort() {
  return new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
