// A throwaway nginx for tests: Debian's nginx in the foreground, on loopback, with its pid, logs and
// temporary files in one folder, serving deploy files with only their machine paths and addresses
// rewritten. `npm run test:nginx` runs the mirror (deploy/nginx/) and the editors' HTTPS front
// (deploy/editors/) this way.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';

/** One rewrite of a deploy file for the test: every match of `from` becomes `to`. */
export type Rewrite = readonly [from: string | RegExp, to: string];

/**
 * A deploy file with only the machine's paths and addresses changed. Fails when `leftover` still
 * matches: the test's nginx would read, write or listen where the real server does.
 */
export function rewriteConfig(text: string, rewrites: readonly Rewrite[], leftover: RegExp): string {
  const out = rewrites.reduce(
    (config, [from, to]) => (typeof from === 'string' ? config.replaceAll(from, to) : config.replace(from, to)),
    text,
  );
  const left = leftover.exec(out);
  if (left) throw new Error(`a deploy file names "${left[0]}", which the test cannot rewrite`);
  return out;
}

/** The main nginx.conf: foreground, one worker, everything in `dir`; `includes` are read in http {}. */
const mainConfig = (dir: string, includes: readonly string[]) => `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 512; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    client_body_temp_path ${dir}/tmp/body;
    proxy_temp_path ${dir}/tmp/proxy;
    fastcgi_temp_path ${dir}/tmp/fastcgi;
    uwsgi_temp_path ${dir}/tmp/uwsgi;
    scgi_temp_path ${dir}/tmp/scgi;
${includes.map((file) => `    include ${file};`).join('\n')}
}
`;

/** Resolves once something accepts connections on 127.0.0.1:port. */
const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** A running test nginx: `stop()` ends it gracefully (SIGQUIT) and waits for it. */
export interface TestNginx {
  process: ChildProcess;
  /** Its error log, for a failure's message. */
  errorLog: string;
  stop: () => Promise<void>;
}

/**
 * Checks the config with `nginx -t`, starts nginx from `dir` with `includes` in its http {} block
 * and waits until it accepts connections on every one of `ports` (127.0.0.1). nginx's workers run
 * as an unprivileged user (nobody), so what they serve must be readable to everyone.
 */
export async function startNginx({
  dir,
  includes,
  ports,
  timeoutMs = 30_000,
}: {
  dir: string;
  includes: readonly string[];
  ports: readonly number[];
  timeoutMs?: number;
}): Promise<TestNginx> {
  for (const folder of ['tmp', 'logs']) await mkdir(`${dir}/${folder}`, { recursive: true });
  const conf = `${dir}/nginx.conf`;
  await writeFile(conf, mainConfig(dir, includes));
  const errorLog = `${dir}/logs/error.log`;
  const args = ['-p', dir, '-c', conf, '-e', errorLog];
  const check = spawnSync('nginx', ['-t', ...args], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t rejected the deploy config:\n${check.stderr}`);
  const nginx = spawn('nginx', args, { stdio: 'inherit' });
  const stop = async () => {
    if (nginx.exitCode !== null || nginx.signalCode !== null) return;
    const exited = new Promise((resolve) => nginx.once('exit', resolve));
    nginx.kill('SIGQUIT');
    await exited;
  };
  const until = Date.now() + timeoutMs;
  for (const port of ports) {
    while (!(await accepts(port))) {
      if (nginx.exitCode !== null) throw new Error(`nginx exited (${nginx.exitCode}) before serving; see ${errorLog}`);
      if (Date.now() > until) {
        await stop();
        throw new Error(`nginx did not accept connections on 127.0.0.1:${port} within ${timeoutMs} ms`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { process: nginx, errorLog, stop };
}
