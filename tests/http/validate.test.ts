// validate({body, query, params}): the route's zod shapes checked before its handler, the parsed
// input in ctx.state.input, and a request that does not fit answered 400 in the one error shape,
// worded by the route — or 415/413 for a body that is not JSON or too large.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Router from '@koa/router';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createHttpApp } from '../../src/http/app.ts';
import { badRequest } from '../../src/http/errors.ts';
import { inputOf, validate } from '../../src/http/validate.ts';

const ITEM = {
  query: z.object({ verbose: z.enum(['0', '1']).optional() }),
  params: z.object({ id: z.string().regex(/^\d+$/).transform(Number) }),
  body: z.object({ name: z.string().min(1), tags: z.array(z.string()).default([]) }),
};

let server: Server;
let base: string;
let handled = 0;

beforeAll(async () => {
  const router = new Router();
  router.post('/items/:id', validate(ITEM, { maxBodyBytes: 1024, invalid: ({ field, value }) => badRequest('bad_item', `参数有误：${field}=${String(value)}`, `invalid ${field}: ${String(value)}`) }), (ctx) => {
    handled++;
    ctx.body = inputOf(ctx, ITEM);
  });
  router.get('/plain', validate({ query: z.object({ n: z.string().regex(/^\d+$/) }) }), (ctx) => {
    ctx.body = ctx.state.input;
  });
  server = createHttpApp(pino({ level: 'silent' }), [router]).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const post = async (path: string, body: string, type = 'application/json') => {
  const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': type }, body });
  return { status: res.status, body: (await res.json()) as any };
};

describe('validate', () => {
  it('puts the parsed params, query and body in ctx.state.input', async () => {
    const res = await post('/items/42?verbose=1', JSON.stringify({ name: '路灯' }));
    expect(res).toEqual({ status: 200, body: { query: { verbose: '1' }, params: { id: 42 }, body: { name: '路灯', tags: [] } } });
  });

  it('answers 400 in the route’s words, naming the first field that does not fit, before the handler runs', async () => {
    const before = handled;
    expect(await post('/items/42', JSON.stringify({ name: '' }))).toEqual({ status: 400, body: { error: { code: 'bad_item', message: '参数有误：name= / invalid name: ' } } });
    expect((await post('/items/x', JSON.stringify({ name: 'a' }))).body.error.message).toBe('参数有误：id=x / invalid id: x');
    // The query before the path: a route's own options are checked first.
    expect((await post('/items/x?verbose=2', JSON.stringify({ name: 'a' }))).body.error.message).toBe('参数有误：verbose=2 / invalid verbose: 2');
    expect(handled).toBe(before);
  });

  it('reads the body with the API’s limits: 415 not JSON, 413 too large, 400 not parseable', async () => {
    expect((await post('/items/1', 'name=a', 'application/x-www-form-urlencoded')).status).toBe(415);
    expect((await post('/items/1', JSON.stringify({ name: 'x'.repeat(2000) }))).status).toBe(413);
    expect((await post('/items/1', '{not json')).body.error.code).toBe('invalid_json');
  });

  it('says invalid_request with the field in Chinese and English when the route words nothing', async () => {
    const res = await fetch(`${base}/plain?n=abc`);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'invalid_request', message: '请求参数有误：n / invalid request field: n' } });
  });

  it('refuses a body schema without a size limit when the route is built', () => {
    expect(() => validate({ body: z.object({}) })).toThrow(/maxBodyBytes/);
  });
});
