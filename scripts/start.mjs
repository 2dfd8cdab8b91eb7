// Builds the site and serves it: the README's run command.
import { run, step } from './lib/run.mjs';

const host = process.env.HOST || '127.0.0.1';
const port = process.env.PORT || '4321';

try {
  step('Building the site');
  await run('astro', ['build']);
  step(`Serving the site at http://${host}:${port}${process.env.XINHUO_BASE || '/'} (Ctrl+C to stop)`);
  await run('astro', ['preview', '--host', host, '--port', port]);
} catch (error) {
  console.error(`\n✗ ${error.message}`);
  process.exit(1);
}
