// The production start (issue 19): `npm start` compiles src/ to dist/ when it changed (scripts/
// prestart.mjs, loaded by the server's node before dist/main.js) and runs plain `node` on the emitted
// JavaScript — the bundled server, no tsx, no esbuild loader in the server's command line — with
// source maps, so a stack trace names the TypeScript line. Started the way an operator does it, in
// its own process group on 127.0.0.1, twice on one DATA_DIR: the second start loads the snapshot the
// first one (compiled code, hashed from dist/) saved.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { postJson } from '../support/app.ts';
import { commandLine, descendants, freePort } from '../support/processes.ts';
import { KNOWLEDGE, ROOT } from '../support/seed.ts';

/** The command lines of `root` and every process below it. */
function tree(root: number): string[][] {
  return descendants(root).map(commandLine).filter((c) => c.length > 0);
}

interface Started {
  child: ChildProcess;
  base: string;
  stdout: () => string;
  stop(): Promise<void>;
}

/** The output once it contains `text`: the server writes its log in batches, at least once a second. */
async function logged(run: Started, text: string): Promise<string> {
  const end = Date.now() + 10_000;
  while (!run.stdout().includes(text) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
  return run.stdout();
}

async function npmStart(dataDir: string): Promise<Started> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // Its own process group: npm → sh → node, all stopped together at the end.
  const child = spawn('npm', ['start'], {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, KNOWLEDGE_DIR: KNOWLEDGE, LOG_LEVEL: 'info', RATE_LIMIT_PER_MIN: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // the group is gone
    }
  };
  // The build check may compile first (a second or two, more on a busy machine).
  const end = Date.now() + 90_000;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${out}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { child, base, stdout: () => out, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  await stop();
  throw new Error(`npm start: no /healthz 200 within 90 s:\n${out}`);
}

describe('npm start: compiled JavaScript, plain node', { skip: process.platform !== 'linux' }, () => {
  it('serves /healthz and an answer from dist/ with no TypeScript loader in any of its processes, and restarts from its snapshot', { timeout: 240_000 }, async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'compiled-start-'));
    const first = await npmStart(dataDir);
    try {
      const health = (await (await fetch(`${first.base}/healthz`)).json()) as { status: string; documents: number };
      expect(health).toMatchObject({ status: 'ok', documents: 1 });
      const res = await postJson(first.base, '/api/chat', { question: '高新技术企业的数量目标是多少?', sessionId: 'compiled' });
      expect(res.status).toBe(200);
      expect(res.body.grounded).toBe(true);
      expect(res.body.answer).toContain('230家');
      // Files a module reads from beside itself (the English bridge table below dist/retrieval/lexical,
      // the pages in public/, chart.js from node_modules) are found from the bundle too.
      const english = await postJson(first.base, '/api/chat', { question: 'How many high-tech enterprises should there be?' });
      expect(english.status).toBe(200);
      expect((await fetch(`${first.base}/`)).status).toBe(200);
      expect((await fetch(`${first.base}/assets/chart.umd.min.js`)).status).toBe(200);

      const commands = tree(first.child.pid!);
      const servers = commands.filter((argv) => argv.includes('dist/main.js'));
      expect(servers).toHaveLength(1);
      expect(path.basename(servers[0]![0]!)).toBe('node');
      expect(servers[0]).toContain('--enable-source-maps');
      // npm runs one node: the build check is in the server's (no `prestart` node before it).
      expect(commands.filter((argv) => path.basename(argv[0] ?? '') === 'node' && !argv.some((a) => /npm/.test(a)))).toHaveLength(1);
      // Neither tsx (its CLI or `--import tsx`) nor esbuild anywhere below npm start.
      expect(commands.filter((argv) => argv.some((a) => /tsx|esbuild|--loader|--experimental-loader/.test(a)))).toEqual([]);
      // Written once the server listens: the log says it will be, then that it is on disk.
      expect(await logged(first, '"msg":"snapshot saved"')).toContain('index built, snapshot to be written');
    } finally {
      await first.stop();
    }

    const second = await npmStart(dataDir);
    try {
      expect(await logged(second, 'index loaded from snapshot')).toContain('index loaded from snapshot');
    } finally {
      await second.stop();
    }
  });

  it('maps a stack trace from the emitted JavaScript back to the TypeScript source', { timeout: 60_000 }, () => {
    // dist/ exists: the test above (or any `npm start`) built it; build again in case this runs alone.
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const run = spawnSync(
      process.execPath,
      ['--enable-source-maps', '--input-type=module', '-e', "import { loadConfig } from './dist/config.js'; loadConfig({ PORT: 'not a port' });"],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('invalid configuration');
    // The frame names src/config.ts (through dist/config.js.map), not the emitted file.
    expect(run.stderr).toMatch(/src\/config\.ts:\d+:\d+/);
    // The same through the bundled server's map (dist/server.cjs.map), compiled from its code cache.
    const server = spawnSync(process.execPath, ['--enable-source-maps', 'dist/main.js'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PORT: 'not a port' } });
    expect(server.status).not.toBe(0);
    expect(server.stderr).toContain('invalid configuration');
    expect(server.stderr).toMatch(/src\/config\.ts:\d+:\d+/);
  });

  it("compiles the bundle with its code cache under npm start's flags, and from its source, silently, when the cache does not fit", { timeout: 60_000 }, () => {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const load = (dir: string, flags: string[]) => {
      const run = spawnSync(
        process.execPath,
        [...flags, '--input-type=module', '-e', `const m = await import(${JSON.stringify(path.join(dir, 'main.js'))}); console.log(JSON.stringify({ cache: m.codeCacheUsed, app: typeof m.buildApp }));`],
        { cwd: ROOT, encoding: 'utf8' },
      );
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toBe('');
      return JSON.parse(run.stdout) as { cache: boolean; app: string };
    };
    const dist = path.join(ROOT, 'dist');
    expect(load(dist, ['--enable-source-maps', '--max-semi-space-size=4'])).toEqual({ cache: true, app: 'function' });
    // Other V8 flags: V8 rejects it.
    expect(load(dist, ['--enable-source-maps'])).toEqual({ cache: false, app: 'function' });
    // A damaged cache (its payload's digest no longer matches), and a cache made from another bundle.
    const copy = mkdtempSync(path.join(ROOT, '.code-cache-test-'));
    try {
      for (const f of ['main.js', 'server.cjs', 'server.cjs.map']) copyFileSync(path.join(dist, f), path.join(copy, f));
      const cache = readFileSync(path.join(dist, `server.cjs.${process.version}.cache`));
      const damaged = Buffer.from(cache);
      damaged[damaged.length - 100]! ^= 0xff;
      writeFileSync(path.join(copy, `server.cjs.${process.version}.cache`), damaged);
      expect(load(copy, ['--max-semi-space-size=4'])).toEqual({ cache: false, app: 'function' });
      writeFileSync(path.join(copy, `server.cjs.${process.version}.cache`), cache);
      expect(load(copy, ['--max-semi-space-size=4'])).toEqual({ cache: true, app: 'function' });
      writeFileSync(path.join(copy, 'server.cjs'), `${readFileSync(path.join(dist, 'server.cjs'), 'utf8')}\n`);
      expect(load(copy, ['--max-semi-space-size=4'])).toEqual({ cache: false, app: 'function' });
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
