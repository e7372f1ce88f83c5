// The chat commands as a registry: each command is one module (its words, its help line, its answer),
// listed in registry.ts; a command added to the list is parsed, run and named in 帮助 on every chat
// channel, with nothing else to change.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, parseCommand } from '../../../src/channels/commands/registry.ts';
import { say, type Command } from '../../../src/channels/commands/types.ts';
import { InboundGate } from '../../../src/channels/inbound.ts';
import type { KnowledgeIndex } from '../../../src/retrieval/knowledge-index.ts';
import { openStore, type Store } from '../../../src/store/open.ts';
import { shippedAnswerer } from '../../support/kb.ts';

let index: KnowledgeIndex;
let store: Store;
beforeAll(async () => {
  ({ index } = await shippedAnswerer());
  store = await openStore(mkdtempSync(path.join(os.tmpdir(), 'commands-')));
});

/** A command of the kind a newcomer would add: its words, its help line, its answer. */
const echo: Command<{ text: string }> = {
  kind: 'echo',
  parse: (t) => (t.startsWith('回声 ') ? { text: t.slice(3) } : null),
  help: () => '回声 内容 — 原样返回',
  run: async ({ text }, ctx) => say(text, ctx),
};

function chatGate(list: readonly Command[]) {
  const asked: string[] = [];
  const gate = new InboundGate({
    answerer: { ask: async (q) => (asked.push(q), { body: '答', sources: [], grounded: true, citations: [], mode: 'extractive' }) },
    maxQuestionChars: 500,
    screen: async () => null,
    commands: { index: () => index, reload: async () => ({ ok: false, error: 'not in this test' }), store, log: pino({ level: 'silent' }), list },
  });
  return { gate, asked };
}

describe('the command registry', () => {
  it('has one help line per command, in the order 帮助 lists them (the admin one only for admins)', async () => {
    const { gate } = chatGate(COMMANDS);
    const help = await gate.take({ asker: { channel: 'wechat', id: 'u' }, text: '帮助' });
    const lines = help.kind === 'answer' ? help.answer.body.split('\n') : [];
    const listed = lines.slice(lines.indexOf('常用命令：') + 1);
    expect(listed).toEqual(['帮助 — 查看本说明', '目标 — 方案的总体目标', '任务 N — 第N项重点任务，如“任务 10”', '人才政策 / 融资政策 — 相关政策要点', '反馈 内容 — 提交意见或纠错']);
    const admin = await gate.take({ asker: { channel: 'wechat', id: 'boss', admin: true }, text: '帮助' });
    expect(admin.kind === 'answer' && admin.answer.body).toContain('重载知识库 — 重新加载知识库（管理员）');
  });

  it('takes a new command from the list alone: parsed, answered and named in 帮助', async () => {
    expect(parseCommand('回声 你好')).toBeNull();
    const list = [...COMMANDS, echo] as readonly Command[];
    expect(parseCommand('回声 你好', list)).toEqual({ kind: 'echo', text: '你好' });
    const { gate, asked } = chatGate(list);
    const out = await gate.take({ asker: { channel: 'oa', id: 'o-1' }, text: '回声 你好' });
    expect(out).toMatchObject({ kind: 'answer', by: 'command', answer: { body: '你好', mode: 'command' } });
    const help = await gate.take({ asker: { channel: 'oa', id: 'o-1' }, text: '帮助' });
    expect(help.kind === 'answer' && help.answer.body).toContain('回声 内容 — 原样返回');
    expect(asked).toEqual([]);
  });
});
