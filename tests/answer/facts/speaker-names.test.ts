// A speaker picked by the part of the name the asker remembers — the family name (`姓王的那位`), a character
// (`名字里带个“夙”字的`), or everyone but one family (`不姓王的`) — with a place counted among those picked
// (`名单最上面那个姓王的`), read from the shipped plan's list of speakers.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { shippedAnswerer } from '../../support/kb.ts';
import { matchUnit, NAME_LIST, SURNAME_ASK } from '../../../src/answer/facts/match.ts';

let answerer: Answerer;
beforeAll(async () => {
  ({ answerer } = await shippedAnswerer());
});

const ask = async (q: string) => plainText(await answerer.ask(q));

describe('speakers by a part of their name', () => {
  it('one character of the name', async () => {
    const a = await ask('名字里带个“夙”字的那位，在哪个单位上班');
    expect(a).toContain('市商务局');
    expect(a).not.toContain('王健');
  });

  it('the family name, and the first of those on the list', async () => {
    const all = await ask('发布人里姓王的是哪个单位的');
    for (const name of ['王健', '王培夙', '王国君']) expect(all).toContain(name);
    expect(all).not.toContain('刘云');
    const first = await ask('名单最上面那个姓王的，单位全称写一下');
    expect(first).toContain('市工业和信息化局');
    expect(first).not.toContain('王国君');
    const last = await ask('名单最下面那个姓王的是哪个局的');
    expect(last).toContain('王国君');
  });

  it('everyone but one family', async () => {
    const a = await ask('五个发布人里头不姓王的是哪两位？各管哪个口');
    expect(a).toContain('刘云');
    expect(a).toContain('杨光');
    expect(a).not.toContain('王健');
  });

  it('a first on a list of people is no task', async () => {
    expect(await ask('名单最上面那个是哪个单位的')).toContain('王健');
  });
});

describe('what is no part of a name', () => {
  it('老百姓 names no family, a 白名单 lists no speakers', () => {
    const surname = new RegExp(SURNAME_ASK, 'u');
    expect(surname.test('名单上第一个姓王的')).toBe(true);
    expect(surname.test('第三项跟老百姓有什么关系')).toBe(false);
    expect(surname.test('发布人姓名')).toBe(false);
    const list = new RegExp(NAME_LIST, 'u');
    expect(list.test('发布人名单上排第二的')).toBe(true);
    expect(list.test('白名单里排第一的企业')).toBe(false);
  });
});

describe('a speaker by the line of government said with 口', () => {
  it('names the unit whose name holds the field word', async () => {
    const a = await ask('来发布会的科技口领导姓甚名谁');
    expect(a).toContain('刘云');
    expect(a).not.toContain('王健');
    const b = await ask('商务口子上来发言的那位领导叫啥？');
    expect(b).toContain('王培夙');
    // (The field word's characters in order from the name's first word on: 工信 of 工业和信息化局.)
    expect(await ask('工信口来的领导叫什么')).toContain('王健');
  });

  it('not where 口 begins another word (口径, 口岸)', () => {
    const speakers = [{ unit: '市商务局', name: '王培夙', post: '副局长' }] as unknown as Parameters<typeof matchUnit>[1];
    expect(matchUnit('商务口来的是谁', speakers)?.text).toBe('商务口');
    expect(matchUnit('按商务口径统计的', speakers)).toBeNull();
    expect(matchUnit('商务口岸那边', speakers)).toBeNull();
  });

  it('and the same asked again of another line (`换成…呢`)', async () => {
    const sid = `kou-${Date.now()}`;
    await answerer.ask('发布会上科技局来的是谁', { sessionId: sid });
    const a = plainText(await answerer.ask('换成商务口派来的那位呢？', { sessionId: sid }));
    expect(a).toContain('王培夙');
    expect(a).not.toContain('刘云');
  });
});

describe('the targets’ aspects listed', () => {
  it('are the list a bare ordinal follows up on', async () => {
    const sid = `aspects-${Date.now()}`;
    await answerer.ask('盘锦工业方案的目标是什么', { sessionId: sid });
    const a = plainText(await answerer.ask('第二个呢', { sessionId: sid }));
    expect(a).toContain('质的有效提升');
    expect(a).not.toContain('第2项任务');
  });
});
