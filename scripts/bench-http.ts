// The HTTP half of `npm run bench`: starts the real service (and the bare Koa echo) as child
// processes, times how long until they answer, reads their memory from /proc, and drives them with
// autocannon.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { commandLine, descendants, freePort } from '../tests/support/processes.ts';

export const ROOT = path.resolve(import.meta.dirname, '..');

export interface Running {
  pid: number;
  base: string;
  /** From spawning the process to its first 200 on the ready URL. */
  readyMs: number;
  /** Resident memory now and at its peak, MiB (null where /proc is not available): the server's node process. */
  memory(): { rss: number; peak: number } | null;
  /**
   * The same over every process of the start (`npm start`: npm, its shell and node), summed — what
   * the machine gives the service. Equal to memory() for a process started directly.
   */
  memoryAll(): { rss: number; peak: number; processes: string[] } | null;
  /** CPU time the process used until it was ready (user + system, ms; null without /proc): less at the mercy of a busy machine than readyMs. */
  readyCpuMs: number | null;
  stop(): Promise<void>;
}

export interface LoadResult {
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  failures: number;
}

/** utime + stime from /proc/PID/stat (fields 14 and 15, in clock ticks of 10 ms on Linux). */
function cpuOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

function memoryOf(pid: number): { rss: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function commandOf(pid: number): string {
  return commandLine(pid).join(' ') || '?';
}

async function waitReady(url: string, child: ChildProcess, started: number, timeoutMs: number, log: () => string): Promise<number> {
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`process exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return Math.round(performance.now() - started);
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`not ready after ${timeoutMs} ms:\n${log()}`);
}

function launch(args: string[], env: Record<string, string>, root = ROOT): { child: ChildProcess; started: number; log: () => string } {
  const started = performance.now();
  // Node itself, not tsx's CLI (which runs the script in a grandchild): the pid is the script's.
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => {
    err = (err + d.toString()).slice(-4000);
  });
  return { child, started, log: () => err };
}

/**
 * `npm start` as an operator runs it, in its own process group (npm → sh → node): the ready time
 * and memory are those of the production start, npm's own process included.
 */
function launchNpm(env: Record<string, string>, root: string): { child: ChildProcess; started: number; log: () => string } {
  const started = performance.now();
  const child = spawn('npm', ['start'], { cwd: root, detached: true, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => {
    err = (err + d.toString()).slice(-4000);
  });
  return { child, started, log: () => err };
}

function running(child: ChildProcess, base: string, readyMs: number, group = false): Running {
  // Under `npm start` the server is the deepest node below npm; its pid is read once it is ready.
  const tree = () => descendants(child.pid!);
  const serverPid = group ? (tree().filter((pid) => /\bnode\b/.test(commandOf(pid)) && !/\bnpm\b/.test(commandOf(pid))).at(-1) ?? child.pid!) : child.pid!;
  const signal = (sig: NodeJS.Signals) => {
    try {
      if (group) process.kill(-child.pid!, sig);
      else child.kill(sig);
    } catch {
      // already gone
    }
  };
  return {
    pid: serverPid,
    base,
    readyMs,
    readyCpuMs: cpuOf(serverPid),
    memory: () => memoryOf(serverPid),
    memoryAll: () => {
      const pids = group ? tree() : [child.pid!];
      const each = pids.map((pid) => ({ pid, m: memoryOf(pid) }));
      if (each.some((e) => !e.m)) return null;
      return {
        rss: each.reduce((n, e) => n + e.m!.rss, 0),
        peak: each.reduce((n, e) => n + e.m!.peak, 0),
        processes: each.map((e) => `${commandOf(e.pid).split(' ').slice(0, 2).join(' ')} ${e.m!.rss}`),
      };
    },
    stop: async () => {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        // npm does not pass a SIGTERM on to its script: the whole group gets it.
        signal('SIGTERM');
        setTimeout(() => signal('SIGKILL'), 15_000).unref();
      });
      // npm exits at once; the server itself finishes its shutdown (the snapshot of a fresh build is
      // written once it listens, and finished before it exits): the next start must not race it.
      const end = performance.now() + 15_000;
      while (group && alive(serverPid) && performance.now() < end) await new Promise((r) => setTimeout(r, 25));
    },
  };
}

/**
 * The service with the given environment, started by `npm start` (the compiled production start:
 * build it first, `npm run build`, so its build check (scripts/prestart.mjs) only finds it current); ready when /healthz
 * answers 200. `root`: another checkout of the service (`npm run bench -- --compare DIR`), started
 * by its own `npm start`. `direct`: node itself on dist/main.js, without npm in front (what a
 * process manager would run) but with `npm start`'s V8 flags (its code cache is made for them), with
 * `cpuProfileDir` under --cpu-prof (written when it stops).
 */
export async function startService(
  env: Record<string, string>,
  timeoutMs = 120_000,
  root = ROOT,
  direct?: { cpuProfileDir?: string },
): Promise<Running> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const full = { HOST: '127.0.0.1', PORT: String(port), ...env };
  const { child, started, log } = direct
    ? (() => {
        const t = performance.now();
        const prof = direct.cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', direct.cpuProfileDir] : [];
        const c = spawn(process.execPath, ['--enable-source-maps', '--max-semi-space-size=4', ...prof, 'dist/main.js'], {
          cwd: root,
          env: { ...process.env, ...full },
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let err = '';
        c.stderr!.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
        return { child: c, started: t, log: () => err };
      })()
    : launchNpm(full, root);
  try {
    return running(child, base, await waitReady(`${base}/healthz`, child, started, timeoutMs, log), !direct);
  } catch (err) {
    try {
      if (direct) child.kill('SIGKILL');
      else process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
    throw err;
  }
}

/** The bare Koa JSON echo (scripts/bench-echo.ts). */
export async function startEcho(): Promise<Running> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const { child, started, log } = launch(['scripts/bench-echo.ts'], { PORT: String(port) });
  const ready = async () => {
    const res = await fetch(base, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }).catch(() => null);
    return res?.ok ?? false;
  };
  while (!(await ready())) {
    if (child.exitCode !== null || performance.now() - started > 30_000) throw new Error(`echo server did not start:\n${log()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return running(child, base, Math.round(performance.now() - started));
}

/** POSTs the bodies in turn for `seconds` over `connections` connections; failures = errors + non-2xx. */
export async function load(url: string, bodies: string[], connections: number, seconds: number): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length]! }),
      },
    ],
  });
  return {
    connections,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.errors + result.non2xx + result.timeouts,
  };
}

export interface Paired {
  service: LoadResult;
  echo: LoadResult;
  /** Median over rounds of service req/s ÷ echo req/s measured back to back. */
  ratio: number;
}

const median = <T>(xs: T[], by: (x: T) => number): T => [...xs].sort((a, b) => by(a) - by(b))[Math.floor((xs.length - 1) / 2)]!;

/**
 * The service and the echo loaded in turn, `rounds` times: on a shared machine throughput drifts
 * by a fifth from one run to the next, and a ratio of runs made seconds apart is steadier than one
 * of runs made a minute apart. Reports the median run of each and the median ratio.
 */
export async function paired(serviceUrl: string, echoUrl: string, bodies: string[], connections: number, seconds: number, rounds: number): Promise<Paired> {
  const svc: LoadResult[] = [];
  const echo: LoadResult[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const a = await load(serviceUrl, bodies, connections, seconds);
    const b = await load(echoUrl, bodies, connections, seconds);
    svc.push(a);
    echo.push(b);
    ratios.push(a.rps / b.rps);
  }
  const failures = svc.reduce((n, x) => n + x.failures, 0);
  return { service: { ...median(svc, (x) => x.rps), failures }, echo: median(echo, (x) => x.rps), ratio: median(ratios, (x) => x) };
}

export interface Compared {
  ours: LoadResult;
  theirs: LoadResult;
  /** Median over rounds of ours ÷ theirs, measured back to back. */
  ratio: number;
}

/** Two services under the same load in turn, `rounds` times (as `paired`, with another service in the echo's place). */
export async function compared(ours: string, theirs: string, bodies: string[], connections: number, seconds: number, rounds: number): Promise<Compared> {
  const p = await paired(ours, theirs, bodies, connections, seconds, rounds);
  return { ours: p.service, theirs: p.echo, ratio: p.ratio };
}
