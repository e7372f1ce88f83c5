// A small OpenAI-compatible server on 127.0.0.1 for tests: /v1/chat/completions (plain and
// streamed) and /v1/embeddings, with behaviours a test switches on to reproduce real failures.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Behaviour =
  | { kind: 'answer'; text: string }
  | { kind: 'hang' }
  | { kind: 'status'; status: number; times?: number; then?: Behaviour }
  | { kind: 'malformed' };

export interface Received {
  path: string;
  body: any;
  aborted: boolean;
}

export interface FakeOpenAI {
  baseURL: string;
  received: Received[];
  set(b: Behaviour | ((body: any) => Behaviour)): void;
  close(): Promise<void>;
}

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  let behaviour: Behaviour | ((body: any) => Behaviour) = { kind: 'answer', text: '好的[1]' };
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const body = raw ? JSON.parse(raw) : {};
      const rec: Received = { path: req.url ?? '', body, aborted: false };
      received.push(rec);
      res.on('close', () => {
        if (!res.writableFinished) rec.aborted = true;
      });
      let b = typeof behaviour === 'function' ? behaviour(body) : behaviour;
      if (b.kind === 'status') {
        const left = b.times ?? Infinity;
        if (left <= 0 && b.then) b = b.then;
        else {
          if (b.times !== undefined) b.times = left - 1;
          res.writeHead(b.status, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { message: `fake ${b.status}`, type: 'server_error' } }));
          return;
        }
      }
      if (b.kind === 'hang') return; // never answers; the client's deadline must end it
      if (b.kind === 'malformed') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: 'x', choices: [] }));
        return;
      }
      if (b.kind !== 'answer') return;
      if (req.url?.endsWith('/embeddings')) return;
      if (!body.stream) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: 'c1', object: 'chat.completion', created: 0, model: body.model, choices: [{ index: 0, message: { role: 'assistant', content: b.text }, finish_reason: 'stop' }] }));
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const parts = b.text.match(/.{1,4}/gsu) ?? [];
      let i = 0;
      const tick = () => {
        if (res.destroyed) return;
        if (i < parts.length) {
          res.write(`data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 0, model: body.model, choices: [{ index: 0, delta: { content: parts[i++] }, finish_reason: null }] })}\n\n`);
          setTimeout(tick, 5);
        } else {
          res.write('data: [DONE]\n\n');
          res.end();
        }
      };
      tick();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    received,
    set: (b) => {
      behaviour = b;
    },
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
