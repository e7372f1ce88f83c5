// A puppet that cannot reach WeChat (issue 17): wechat4u retried on its own, unthrottled, and every
// failure was a stack trace. The bot stops such a puppet after a few errors and starts it again with
// exponential backoff (capped), logging once per change of state, not once per error.
import { EventEmitter } from 'node:events';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { Wechaty } from 'wechaty';
import { WechatBot } from '../../../src/channels/wechaty/bot.ts';

/** A stand-in Wechaty whose puppet fails like wechat4u without a route to WeChat's login server. */
class UnreachableWechaty extends EventEmitter {
  isLoggedIn = false;
  running = false;
  private timer: NodeJS.Timeout | undefined;
  async start(): Promise<void> {
    this.running = true;
    // Like the puppet's own retry loop: an error every few milliseconds, until stopped.
    this.timer = setInterval(() => this.emit('error', Object.assign(new Error('connect ETIMEDOUT login.wx.qq.com'), { code: 'ETIMEDOUT' })), 5);
  }
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.running = false;
  }
}

describe('bot backoff when WeChat cannot be reached', () => {
  it('stops the puppet, restarts with capped exponential delays, and logs once per state change', async () => {
    const lines: { level: number; msg: string; inMs?: number }[] = [];
    const log = pino({ level: 'debug' }, { write: (s: string) => void lines.push(JSON.parse(s)) });
    const starts: number[] = [];
    const made: UnreachableWechaty[] = [];
    const bot = new WechatBot({
      puppet: 'fake-wechat4u',
      create: () => {
        starts.push(Date.now());
        const w = new UnreachableWechaty();
        made.push(w);
        return w as unknown as Wechaty;
      },
      handler: { handle: async () => 'ignored' as never, idle: async () => undefined },
      log,
      backoff: { initialMs: 20, maxMs: 80 },
    });
    await bot.start();
    await new Promise((r) => setTimeout(r, 700));
    await bot.stop();

    // Restarted several times, each after a longer pause, never longer than the cap (plus slack).
    expect(starts.length).toBeGreaterThanOrEqual(4);
    const restartDelays = lines.filter((l) => l.msg === 'wechat bot restarting').map((l) => l.inMs!);
    expect(restartDelays.slice(0, 4)).toEqual([20, 40, 80, 80]);
    // Hundreds of errors, but only the first (with its stack) and the state change at error level.
    const errors = lines.filter((l) => l.level >= 50);
    expect(errors.map((l) => l.msg)).toEqual(['wechat bot error before login', 'wechat bot cannot reach WeChat: stopping the puppet and backing off (repeats logged at debug)']);
    const warnings = lines.filter((l) => l.level === 40);
    expect(warnings.length).toBeLessThanOrEqual(1);
    expect(lines.filter((l) => l.level === 20).length).toBeGreaterThan(10);
    // Every stopped puppet stays stopped: no retry loop left running behind the bot.
    expect(made).toHaveLength(starts.length);
    expect(made.filter((w) => w.running)).toEqual([]);
  });
});
