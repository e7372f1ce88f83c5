// Starts the real app on 127.0.0.1 with a random port, for HTTP tests over a real socket.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { buildApp, type App } from '../../src/main.ts';
import { KNOWLEDGE } from './seed.ts';

export interface Running {
  app: App;
  server: Server;
  base: string;
  close(): Promise<void>;
}

export async function startApp(env: Record<string, string> = {}): Promise<Running> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    KNOWLEDGE_DIR: KNOWLEDGE,
    DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'plan-test-')),
    LOG_LEVEL: 'silent',
    ...env,
  });
  const app = await buildApp(config, { quiet: true });
  const server: Server = await app.listen();
  const { port } = server.address() as AddressInfo;
  return {
    app,
    server,
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function postJson(base: string, route: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(base + route, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}
