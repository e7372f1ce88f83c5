// A throwaway PostgreSQL cluster for tests and CI: initdb in a temp folder, a free port on
// 127.0.0.1, started and stopped with pg_ctl, as the `postgres` user when run as root (the server
// refuses to run as root). Used by the vitest global setup and by .ci/run.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { freePort } from './processes.ts';
import os from 'node:os';
import path from 'node:path';

/** Debian's server binaries (postgresql-NN), newest first; null when not installed. */
export function findPgBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  for (const v of readdirSync(root).sort((a, b) => Number(b) - Number(a))) {
    const bin = path.join(root, v, 'bin');
    if (existsSync(path.join(bin, 'initdb')) && existsSync(path.join(bin, 'pg_ctl'))) return bin;
  }
  return null;
}

export interface Cluster {
  url: string;
  dir: string;
  bin: string;
  port: number;
  /** Stops the server (fast mode); start() brings it back on the same port and data. */
  stop(): void;
  start(): void;
  /** Stops it and removes the folder. */
  destroy(): void;
}

export async function startCluster(bin: string): Promise<Cluster> {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-test-'));
  const pgUid = root ? Number(execFileSync('id', ['-u', 'postgres']).toString().trim()) : -1;
  const pgGid = root ? Number(execFileSync('id', ['-g', 'postgres']).toString().trim()) : -1;
  if (root) chownSync(dir, pgUid, pgGid);
  const as = (cmd: string, args: string[]) => {
    const r = root ? spawnSync('runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args], { encoding: 'utf8' }) : spawnSync(path.join(bin, cmd), args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`);
  };
  const data = path.join(dir, 'data');
  as('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-locale']);
  const port = await freePort();
  // fsync off: a test cluster need not survive a power cut, and it makes every commit cheap.
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300`;
  const start = () => as('pg_ctl', ['-D', data, '-o', opts, '-l', path.join(dir, 'log'), '-w', 'start']);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dir,
    bin,
    port,
    start,
    stop: () => as('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']),
    destroy: () => {
      try {
        as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
