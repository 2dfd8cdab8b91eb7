// Small helpers shared by the project's command-line scripts.
import { spawn, type SpawnOptions } from 'node:child_process';

/** How much of a command's output a failure keeps (`error.output`), from its end. */
const OUTPUT_TAIL = 64 * 1024;

/**
 * Runs a command with inherited stdio; resolves on exit 0, rejects otherwise. With `keepOutput`,
 * its stdout and stderr are still shown as they come, and the error of a failure carries their
 * last 64 KB as `output` (the live site tells editors why a build failed).
 */
export interface RunOptions {
  cwd?: string;
  /** Added to this process's environment. */
  env?: NodeJS.ProcessEnv;
  keepOutput?: boolean;
}

/** A failed command; `output` is the end of what it printed, when it ran with `keepOutput`. */
export type RunError = Error & { output?: string };

export function run(command: string, args: readonly string[], { keepOutput = false, ...options }: RunOptions = {}) {
  return new Promise<void>((resolve, reject) => {
    const stdio: SpawnOptions['stdio'] = keepOutput ? ['inherit', 'pipe', 'pipe'] : 'inherit';
    const child = spawn(command, args, { stdio, ...options, env: { ...process.env, ...options.env } });
    let output = '';
    for (const [stream, target] of keepOutput
      ? ([
          [child.stdout!, process.stdout],
          [child.stderr!, process.stderr],
        ] as const)
      : []) {
      stream.on('data', (chunk: Buffer) => {
        target.write(chunk);
        output = (output + chunk.toString('utf8')).slice(-OUTPUT_TAIL);
      });
    }
    child.on('error', reject);
    child.on('close', (code: number | null, signal: NodeJS.Signals | null) => {
      if (code === 0) return resolve();
      const error = new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`);
      reject(Object.assign(error, keepOutput && { output }));
    });
  });
}

/** Prints a step heading. */
export function step(title: string) {
  console.log(`\n\x1b[1m▶ ${title}\x1b[0m`);
}
