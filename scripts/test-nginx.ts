// npm run test:nginx — the intranet mirror as IT installs it, tested with real nginx.
//
// Builds the archive (npm run mirror) once, publishes it with deploy/publish.sh into a temporary
// releases folder, starts Debian's nginx in the foreground with the deploy/nginx/ files (only
// their paths and port rewritten) on 127.0.0.1 and a free port, then runs the Playwright
// project in e2e/nginx/ (playwright.nginx.config.ts) against /dangjian/. nginx and the
// temporary folder are removed afterwards, also when a test fails. Arguments go to Playwright
// (e.g. a spec name); `--serve` only serves the published mirror until Ctrl+C.
import { readConfig } from '../src/config.ts';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, TEST_AS_OF } from './lib/builds.ts';
import { run, step } from './lib/run.ts';
import { BROWSER_PACKAGES, ensureDebianPackages } from './lib/system-deps.ts';
import { rewriteConfig, startNginx, type TestNginx } from '../test/nginx.ts';

const BASE = '/dangjian/';
/** The deploy/nginx/ files and where deploy/README.md tells IT to put them. */
const CONFIG_FILES = {
  'xinhuo-server.conf': 'server.conf',
  'xinhuo-locations.conf': 'xinhuo/locations.conf',
  'xinhuo-headers.conf': 'xinhuo/headers.conf',
  'xinhuo-admin-headers.conf': 'xinhuo/admin-headers.conf',
  'xinhuo-common-headers.conf': 'xinhuo/common-headers.conf',
  'xinhuo-upload-headers.conf': 'xinhuo/upload-headers.conf',
  'xinhuo-upload-pdf-headers.conf': 'xinhuo/upload-pdf-headers.conf',
};

/** Where the mirror's files go in the test's folder, and its port. */
interface NginxPaths {
  confDir: string;
  srvDir: string;
  logDir: string;
  port: number;
}

/** The deploy config with only the machine's paths and the listening address changed. */
const templateConfig = (text: string, { confDir, srvDir, logDir, port }: NginxPaths) =>
  rewriteConfig(
    text,
    [
      ['/etc/nginx/xinhuo/', `${confDir}/xinhuo/`],
      ['/srv/xinhuo/', `${srvDir}/`],
      ['/var/log/nginx/', `${logDir}/`],
      [/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${port};`],
    ],
    /\/etc\/nginx\/xinhuo|\/srv\/xinhuo|\/var\/log\/nginx|listen 80;/,
  );

async function main() {
  await ensureDebianPackages(['nginx-light', ...BROWSER_PACKAGES]);
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'xinhuo-nginx-'));
  const paths = { confDir: `${dir}/conf`, srvDir: `${dir}/srv`, logDir: `${dir}/logs`, port };
  // nginx's workers run as an unprivileged user (nobody): like /srv/, the folder must be readable to them.
  await chmod(dir, 0o755);
  let nginx: TestNginx | undefined;
  try {
    step(`Building the mirror archive for http://127.0.0.1:${port}${BASE}`);
    const archives = `${dir}/archives`;
    await run('node', ['scripts/mirror.ts', '--base', BASE, '--site', `http://127.0.0.1:${port}`, '--out', archives], {
      env: { XINHUO_AS_OF: readConfig().asOf ?? TEST_AS_OF },
    });
    const [archive] = (await readdir(archives)).filter((f) => f.endsWith('.tar.gz'));
    if (!archive) throw new Error(`npm run mirror wrote no archive in ${archives}`);
    step('Publishing it with deploy/publish.sh');
    await run('bash', ['deploy/publish.sh', '--root', paths.srvDir, 'publish', `${archives}/${archive}`]);

    await mkdir(`${paths.confDir}/xinhuo`, { recursive: true });
    for (const [source, target] of Object.entries(CONFIG_FILES)) {
      const text = await readFile(`deploy/nginx/${source}`, 'utf8');
      await writeFile(join(paths.confDir, target), templateConfig(text, paths));
    }
    step(`nginx -t, then nginx on 127.0.0.1:${port}`);
    nginx = await startNginx({ dir, includes: [`${paths.confDir}/server.conf`], ports: [port] });

    if (process.argv.includes('--serve')) {
      // For a look by hand: the published mirror stays up until Ctrl+C.
      console.log(`Serving http://127.0.0.1:${port}${BASE} (releases in ${paths.srvDir}); Ctrl+C stops.`);
      await new Promise((r) => ['SIGINT', 'SIGTERM'].forEach((signal) => process.once(signal, r)));
      return;
    }
    step('End-to-end tests: nginx (Playwright, Debian Chromium)');
    await run('playwright', ['test', '-c', 'playwright.nginx.config.ts', ...process.argv.slice(2)], {
      env: {
        XINHUO_NGINX_URL: `http://127.0.0.1:${port}${BASE}`,
        XINHUO_NGINX_ROOT: paths.srvDir,
        XINHUO_NGINX_ARCHIVE: resolve(archives, archive),
        XINHUO_NGINX_ACCESS_LOG: `${paths.logDir}/xinhuo-access.log`,
      },
    });
  } finally {
    await nginx?.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  console.error(`\n✗ ${(error as Error).message}`);
  process.exit(1);
}
