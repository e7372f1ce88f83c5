// The parts on their own: login tokens (hashing, expiry, caps), open mode, and the mini-program
// settings (the word list every channel shares is tested with the content screen).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { loadConfig } from '../../../src/config.ts';
import { miniProgram } from '../../../src/channels/mini-program/front-door.ts';
import { hashToken, LoginTokens } from '../../../src/channels/mini-program/tokens.ts';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'mp-unit-'));

describe('LoginTokens', () => {
  it('verifies a token until it expires, and keeps only its hash', async () => {
    let now = 1_000_000;
    const dir = tmp();
    const tokens = await LoginTokens.open(dir, 60, { now: () => now });
    const { token, expiresIn } = await tokens.issue({ openid: 'o1' });
    expect(expiresIn).toBe(60);
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(32);
    expect(tokens.verify(token)?.openid).toBe('o1');
    expect(tokens.verify(token + 'x')).toBeNull();
    now += 59_999;
    expect(tokens.verify(token)).not.toBeNull();
    now += 1;
    expect(tokens.verify(token)).toBeNull();
    // On disk once issue() resolved: no flush needed.
    const file = readFileSync(path.join(dir, 'logins.jsonl'), 'utf8');
    expect(file).toContain(hashToken(token));
    expect(file).not.toContain(token);
  });

  it('survives a restart and revokes', async () => {
    const dir = tmp();
    const a = await LoginTokens.open(dir, 3600);
    const { token } = await a.issue({ openid: 'o2', unionid: 'u2' });
    const b = await LoginTokens.open(dir, 3600);
    expect(b.verify(token)).toMatchObject({ openid: 'o2', unionid: 'u2' });
    await b.revoke(token);
    expect(b.verify(token)).toBeNull();
    expect((await LoginTokens.open(dir, 3600)).verify(token)).toBeNull();
  });

  it("imports an earlier version's logins.json once, and moves a wrongly shaped one aside", async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'logins.json'), JSON.stringify({ logins: { [hashToken('old-token')]: { openid: 'o3', createdAt: Date.now(), expiresAt: Date.now() + 60_000 } } }));
    expect((await LoginTokens.open(dir, 3600)).verify('old-token')?.openid).toBe('o3');
    expect(readdirSync(dir)).toContain('logins.json.migrated');
    const other = tmp();
    writeFileSync(path.join(other, 'logins.json'), '{"logins":null}');
    const tokens = await LoginTokens.open(other, 3600);
    expect(tokens.size).toBe(0);
    expect(readdirSync(other).some((f) => f.startsWith('logins.json.invalid-'))).toBe(true);
    expect(tokens.verify((await tokens.issue({ openid: 'o4' })).token)?.openid).toBe('o4');
    // The log itself with lines of the wrong shape: moved aside, the valid logins kept.
    const third = tmp();
    const good = JSON.stringify({ put: hashToken('kept-token'), login: { openid: 'o5', createdAt: Date.now(), expiresAt: Date.now() + 60_000 } });
    writeFileSync(path.join(third, 'logins.jsonl'), `null\n{"logins":null}\n${good}\n`);
    const kept = await LoginTokens.open(third, 3600);
    expect(kept.verify('kept-token')?.openid).toBe('o5');
    expect(kept.size).toBe(1);
    expect(readdirSync(third).some((f) => f.startsWith('logins.jsonl.invalid-'))).toBe(true);
  });

  it('keeps a bounded number of tokens per user, newest kept', async () => {
    const tokens = await LoginTokens.open(tmp(), 3600);
    const issued = (await Promise.all(Array.from({ length: 15 }, () => tokens.issue({ openid: 'busy' })))).map((i) => i.token);
    await tokens.issue({ openid: 'other' });
    expect(tokens.size).toBe(11);
    expect(tokens.verify(issued[0]!)).toBeNull();
    expect(tokens.verify(issued[14]!)?.openid).toBe('busy');
  });
});

describe('open mode (no WECHAT_APPID)', () => {
  it('has no guard, and its screen flags nothing (the word list before it applies to every channel)', async () => {
    const dir = tmp();
    const log = pino({ level: 'silent' });
    const mp = await miniProgram({ config: loadConfig({ KNOWLEDGE_DIR: dir, DATA_DIR: dir }), store: { history: null as never }, log });
    expect(mp.enabled).toBe(false);
    expect(mp.guard).toEqual([]);
    expect(await mp.screen('办假证', { channel: 'http', id: 's' }, {})).toBeNull();
  });
});

describe('config', () => {
  it('reads SESSION_TTL as seconds or a duration', () => {
    expect(loadConfig({}).miniProgram).toMatchObject({ sessionTtlSeconds: 604800, contentCheckFail: 'open' });
    expect(loadConfig({ SESSION_TTL: '3600' }).miniProgram.sessionTtlSeconds).toBe(3600);
    expect(loadConfig({ SESSION_TTL: '12h' }).miniProgram.sessionTtlSeconds).toBe(43200);
    expect(loadConfig({}).wechatApiBase).toBe('https://api.weixin.qq.com');
    expect(() => loadConfig({ SESSION_TTL: '7 weeks' })).toThrow(/SESSION_TTL/);
    expect(() => loadConfig({ CONTENT_CHECK_FAIL: 'maybe' })).toThrow(/CONTENT_CHECK_FAIL/);
  });

  it('needs WECHAT_SECRET with WECHAT_APPID', () => {
    expect(() => loadConfig({ WECHAT_APPID: 'wx1' })).toThrow(/WECHAT_SECRET/);
    expect(loadConfig({ WECHAT_APPID: 'wx1', WECHAT_SECRET: 's' }).miniProgram).toMatchObject({ appId: 'wx1', secret: 's' });
    expect(loadConfig({}).miniProgram.appId).toBeUndefined();
  });
});
