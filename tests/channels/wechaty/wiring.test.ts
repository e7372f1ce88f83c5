// The bot as main.ts builds it: off without WECHATY_PUPPET, and its state in /healthz with it.
import { afterAll, describe, expect, it } from 'vitest';
import { log as wechatyLog } from 'wechaty';
import type { PuppetMock } from 'wechaty-puppet-mock';
import { startApp, type Running } from '../../support/app.ts';
import { waitFor } from './support.ts';

wechatyLog.level('silent');

const running: Running[] = [];
afterAll(async () => {
  for (const r of running) {
    await r.app.bot?.stop();
    await r.close();
  }
});

const health = async (base: string) => (await (await fetch(`${base}/healthz`)).json()) as any;

describe('bot wiring', () => {
  it('is off without WECHATY_PUPPET, and /healthz says bot: null', async () => {
    const run = await startApp();
    running.push(run);
    expect(run.app.bot).toBeNull();
    expect((await health(run.base)).bot).toBeNull();
  });

  it('resolves the puppet by name and reports its login in /healthz; a broken puppet leaves HTTP up', async () => {
    const run = await startApp({ WECHATY_PUPPET: 'wechaty-puppet-mock' });
    running.push(run);
    const bot = run.app.bot!;
    expect((await health(run.base)).bot).toEqual({ puppet: 'wechaty-puppet-mock', loggedIn: false });
    await bot.start();
    const puppet = bot.current!.puppet as PuppetMock;
    await waitFor(() => puppet.state.active() === true);
    const me = puppet.mocker.createContact({ name: '政策助手' });
    puppet.mocker.login(me);
    await waitFor(() => bot.status().loggedIn);
    expect((await health(run.base)).bot).toEqual({ puppet: 'wechaty-puppet-mock', loggedIn: true, user: { id: me.id, name: '政策助手' } });
    await bot.stop();
    expect((await health(run.base)).bot).toMatchObject({ loggedIn: false });

    const broken = await startApp({ WECHATY_PUPPET: 'wechaty-puppet-does-not-exist' });
    running.push(broken);
    await broken.app.bot!.start();
    expect(broken.app.bot!.restartPending).toBe(true);
    const body = await health(broken.base);
    expect(body).toMatchObject({ status: 'ok', bot: { puppet: 'wechaty-puppet-does-not-exist', loggedIn: false } });
  });
});
