// The literal-route table in front of @koa/router must not change what the router would do: same
// handler, same metrics label, and everything it does not know exactly left to the router.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Router from '@koa/router';
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/http/dispatch.ts';

let server: http.Server;
let base: string;
const seen: string[] = [];

beforeAll(async () => {
  const a = new Router();
  a.post('/api/echo', (ctx) => {
    ctx.body = { route: ctx._matchedRoute, params: ctx.params };
  });
  // A literal path that a parameter route also matches: the router runs both in turn.
  a.get('/api/items/special', async (ctx, next) => {
    seen.push('special');
    await next();
  });
  a.get('/api/items/:id', (ctx) => {
    ctx.body = { item: ctx.params.id };
  });
  const b = new Router({ prefix: '/b' });
  b.get('/ping', (ctx) => {
    ctx.body = 'pong';
  });
  const app = new Koa();
  app.use(async (ctx, next) => {
    await next();
    ctx.set('X-Route', String(ctx._matchedRoute ?? ''));
  });
  app.use(dispatch([a, b]));
  server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('dispatch', () => {
  it('answers a literal route directly, with the route label and empty params the router would set', async () => {
    const res = await fetch(`${base}/api/echo`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ route: '/api/echo', params: {} });
    expect(res.headers.get('x-route')).toBe('/api/echo');
  });

  it('routes prefixed routers, parameters and HEAD like the router', async () => {
    expect(await (await fetch(`${base}/b/ping`)).text()).toBe('pong');
    expect(await (await fetch(`${base}/api/items/42`)).json()).toEqual({ item: '42' });
    const head = await fetch(`${base}/b/ping`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('leaves a path two routes match to the router, which runs both', async () => {
    const res = await fetch(`${base}/api/items/special`);
    expect(await res.json()).toEqual({ item: 'special' });
    expect(seen).toEqual(['special']);
  });

  it('leaves a trailing slash and other case to the router (not strict, not case-sensitive)', async () => {
    const slash = await fetch(`${base}/api/echo/`, { method: 'POST' });
    expect(slash.status).toBe(200);
    const upper = await fetch(`${base}/API/ECHO`, { method: 'POST' });
    expect(upper.status).toBe(200);
  });

  it('answers a wrong method with 405 and the allowed methods, and OPTIONS with them', async () => {
    const wrong = await fetch(`${base}/api/echo`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toContain('POST');
    const options = await fetch(`${base}/api/echo`, { method: 'OPTIONS' });
    expect(options.status).toBe(200);
    expect(options.headers.get('allow')).toContain('POST');
  });

  it('leaves unknown paths unmatched', async () => {
    const res = await fetch(`${base}/nowhere`);
    expect(res.status).toBe(404);
    expect(res.headers.get('x-route')).toBe('');
  });
});
