import { describe, expect, it } from 'vitest';
import { ReplyWindow } from '../../../src/channels/official-account/reply-window.ts';
import { sleep } from './wechat-sim.ts';

function counted(value: string | null, delayMs: number) {
  const calls = { compute: 0, deliver: [] as string[] };
  return {
    calls,
    compute: async () => {
      calls.compute++;
      await sleep(delayMs);
      return value;
    },
    deliver: async (v: string) => {
      calls.deliver.push(v);
    },
  };
}

describe('ReplyWindow', () => {
  it('replies passively when the answer is ready in time, and never delivers', async () => {
    const w = new ReplyWindow<string | null>({ windowMs: 200 });
    const c = counted('answer', 5);
    expect(await w.respond('m1', c.compute, c.deliver)).toEqual({ kind: 'passive', value: 'answer' });
    await sleep(20);
    expect(c.calls).toEqual({ compute: 1, deliver: [] });
  });

  it('hands a slow answer to the API exactly once, even with retries before and after it is ready', async () => {
    const w = new ReplyWindow<string | null>({ windowMs: 30 });
    const c = counted('late answer', 120);
    expect(await w.respond('m2', c.compute, c.deliver)).toEqual({ kind: 'deferred', first: true });
    expect(await w.respond('m2', c.compute, c.deliver)).toEqual({ kind: 'deferred', first: false });
    await sleep(150);
    expect(await w.respond('m2', c.compute, c.deliver)).toEqual({ kind: 'deferred', first: false });
    expect(c.calls).toEqual({ compute: 1, deliver: ['late answer'] });
  });

  it('answers three concurrent retries of one message from one computation', async () => {
    const w = new ReplyWindow<string | null>({ windowMs: 500 });
    const c = counted('once', 40);
    const outcomes = await Promise.all([1, 2, 3].map(() => w.respond('m3', c.compute, c.deliver)));
    expect(outcomes).toEqual([1, 2, 3].map(() => ({ kind: 'passive', value: 'once' })));
    expect(c.calls.compute).toBe(1);
  });

  it('delivers nothing for a null result (a message that needs no reply)', async () => {
    const w = new ReplyWindow<string | null>({ windowMs: 10 });
    const c = counted(null, 40);
    expect((await w.respond('m4', c.compute, c.deliver)).kind).toBe('deferred');
    await sleep(60);
    expect(c.calls.deliver).toEqual([]);
  });

  it('reports a failed delivery instead of throwing', async () => {
    const errors: string[] = [];
    const w = new ReplyWindow<string | null>({ windowMs: 5, onError: (_e, key) => errors.push(key) });
    await w.respond('m5', async () => (await sleep(30), 'x'), async () => {
      throw new Error('api down');
    });
    await sleep(60);
    expect(errors).toEqual(['m5']);
  });

  it('stays bounded and forgets messages after the TTL', async () => {
    let t = 0;
    const w = new ReplyWindow<string | null>({ windowMs: 50, cap: 3, ttlMs: 1000, now: () => t });
    for (const k of ['a', 'b', 'c', 'd']) await w.respond(k, async () => k, async () => undefined);
    expect(w.size).toBe(3);
    t = 5000;
    let computed = 0;
    await w.respond('b', async () => (computed++, 'b'), async () => undefined);
    expect(computed).toBe(1);
    expect(w.size).toBe(1);
  });
});
