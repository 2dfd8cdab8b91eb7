// The README's run command: builds and serves the site, starts the CMS's local git backend
// (decap-server) and rebuilds the site after every publish in the CMS.
import { readConfig } from '../src/config.ts';
import { startLiveSite } from './lib/live-site.ts';
import { step } from './lib/run.ts';

const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 4321);

try {
  const { cmsPort, base } = readConfig();
  const { stop, setupPath } = await startLiveSite({
    host,
    port,
    cmsPort,
    base,
    onLive: (ms, commit) => step(`已上线 / Live: ${commit.slice(0, 7)}, ${(ms / 1000).toFixed(1)} s after the publish`),
  });
  step(
    `网站 Site: http://${host}:${port}${base}   内容管理 CMS: http://${host}:${port}${base}admin/   (Ctrl+C to stop)`,
  );
  if (setupPath) {
    // The first start on a machine: no account yet. The link works once, from this machine's terminal output only.
    step(
      `首次使用：请在浏览器中打开下面的链接，创建第一个管理员账号（只能使用一次）\n  First start: open this link to create the first administrator (works once):\n  http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}${setupPath}`,
    );
  }
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, async () => {
      await stop();
      process.exit(0);
    });
  }
} catch (error) {
  console.error(`\n✗ ${(error as Error).message}`);
  process.exit(1);
}
