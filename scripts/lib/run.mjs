// Small helpers shared by the project's command-line scripts.
import { spawn } from 'node:child_process';

/** How much of a command's output a failure keeps (`error.output`), from its end. */
const OUTPUT_TAIL = 64 * 1024;

/**
 * Runs a command with inherited stdio; resolves on exit 0, rejects otherwise. With `keepOutput`,
 * its stdout and stderr are still shown as they come, and the error of a failure carries their
 * last 64 KB as `output` (the live site tells editors why a build failed).
 */
export function run(command, args, { keepOutput = false, ...options } = {}) {
  return new Promise((resolve, reject) => {
    const stdio = keepOutput ? ['inherit', 'pipe', 'pipe'] : 'inherit';
    const child = spawn(command, args, { stdio, ...options, env: { ...process.env, ...options.env } });
    let output = '';
    for (const [stream, target] of keepOutput
      ? [
          [child.stdout, process.stdout],
          [child.stderr, process.stderr],
        ]
      : []) {
      stream.on('data', (chunk) => {
        target.write(chunk);
        output = (output + chunk.toString('utf8')).slice(-OUTPUT_TAIL);
      });
    }
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) return resolve();
      const error = new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`);
      reject(Object.assign(error, keepOutput && { output }));
    });
  });
}

/** Prints a step heading. */
export function step(title) {
  console.log(`\n\x1b[1m▶ ${title}\x1b[0m`);
}
