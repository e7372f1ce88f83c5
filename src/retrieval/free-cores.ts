// How many cores other work leaves free, for a build deciding how many threads to start. A thread on
// a core another process keeps busy is no second core: on this 2-core machine, with another process
// using one core, a build over the laws on two threads was no faster than on one, for ~30% more CPU
// (the results cloned between threads, a second jieba dictionary, the threads evicting each other's
// caches), while on an idle one a cold start over the laws took 8.0 s on two threads, 10.2 s on one.
//
// On Linux, what the machine was busy with over a short window (/proc/stat), less this process's own
// part; elsewhere the 1-minute load average. The load average is slow to tell: a minute after a cold
// build it still counts the build.
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';

/** The shortest window worth reading: /proc/stat counts in ticks of 10 ms per core. */
const MIN_WINDOW_MS = 100;

interface Ticks {
  busy: number;
  total: number;
}

function machineTicks(): Ticks | null {
  try {
    const fields = readFileSync('/proc/stat', 'latin1').slice(0, 200).split('\n')[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    // idle and iowait are the machine waiting; the rest (user, nice, system, irq, softirq, steal) is work.
    return { busy: total - fields[3]! - fields[4]!, total };
  } catch {
    return null;
  }
}

/**
 * Starts watching; the function it returns says how many cores other work left free since (a
 * fraction, between 0 and the cores), waiting for the rest of a short window if need be.
 */
export function watchFreeCores(): () => Promise<number> {
  const cores = availableParallelism();
  const started = performance.now();
  const ownAtStart = process.cpuUsage();
  const first = machineTicks();
  return async () => {
    if (!first) return Math.max(0, cores - loadavg()[0]!);
    const waited = performance.now() - started;
    if (waited < MIN_WINDOW_MS) await new Promise((resolve) => setTimeout(resolve, MIN_WINDOW_MS - waited));
    const last = machineTicks();
    const ms = performance.now() - started;
    if (!last || last.total <= first.total) return Math.max(0, cores - loadavg()[0]!);
    const own = process.cpuUsage(ownAtStart);
    const busyCores = ((last.busy - first.busy) / (last.total - first.total)) * cores;
    const others = Math.max(0, busyCores - (own.user + own.system) / 1000 / ms);
    return Math.max(0, cores - others);
  };
}
