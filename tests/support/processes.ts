// Child processes on this machine, for tests and the bench that start the real server: a free
// loopback port, and the processes below one (read from /proc, Linux).
import { readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';

/** A port nothing listens on right now, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** pid → parent pid for every process /proc shows. */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      out.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** `root` and every process below it. */
export function descendants(root: number): number[] {
  const ppid = parents();
  const pids = [root];
  for (let i = 0; i < pids.length; i++) for (const [pid, parent] of ppid) if (parent === pids[i]) pids.push(pid);
  return pids;
}

/** A process's command line as its arguments; empty once it is gone. */
export function commandLine(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return [];
  }
}
