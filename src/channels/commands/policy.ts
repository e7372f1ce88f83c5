// 人才政策 / 融资政策: the answer service's answer to the command as a question, in the asker's words.
import type { Command } from './types.ts';

export const policy: Command<{ text: string }> = {
  kind: 'policy',
  parse: (t, raw) => (/^(人才|融资)政策$/.test(t) ? { text: raw.trim() } : null),
  help: () => '人才政策 / 融资政策 — 相关政策要点',
  run: async ({ text }, ctx) => ctx.ask(text),
};
