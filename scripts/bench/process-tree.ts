// Peak resident memory of a process and all its descendants, sampled from /proc (Linux).
import { readdirSync, readFileSync } from 'node:fs';

function children() {
  const byParent = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!byParent.has(ppid)) byParent.set(ppid, []);
      byParent.get(ppid)!.push(Number(name));
    } catch {
      // The process ended while we looked.
    }
  }
  return byParent;
}

function rssKiB(pid: number) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Resident memory (bytes) of `root` and every process below it, now. */
export function treeRss(root = process.pid) {
  const byParent = children();
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rssKiB(pid);
    stack.push(...(byParent.get(pid) ?? []));
  }
  return total * 1024;
}

/** Samples the tree every `ms` until stopped; `stop()` returns the peak in bytes. */
export function watchPeak(root = process.pid, ms = 200) {
  let peak = 0;
  let timer: NodeJS.Timeout | undefined;
  const start = () => {
    peak = treeRss(root);
    timer = setInterval(() => {
      peak = Math.max(peak, treeRss(root));
    }, ms);
  };
  start();
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, treeRss(root));
    },
    /** Starts a new measurement after `stop()`. */
    restart: start,
  };
}
