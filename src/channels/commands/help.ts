// 帮助: what the assistant answers from, how to ask in a group, and every command's own help line.
import { coverageSummary } from '../../answer/refusal.ts';
import { say, type Command } from './types.ts';

export const help: Command = {
  kind: 'help',
  parse: (t) => (/^(帮助|help|\?|菜单|使用说明)$/i.test(t) ? {} : null),
  help: () => '帮助 — 查看本说明',
  run: async (_args, ctx) => {
    const { titles } = coverageSummary(ctx.index());
    const lines = [
      `您好，我可以解答${titles.join('、') || '已收录政策文件'}的相关问题，直接发送问题即可，答案会注明出处。`,
      ctx.asker.room ? `在群里请先@我${ctx.keyword ? `，或以“${ctx.keyword}”开头` : ''}再提问。` : '',
      '常用命令：',
      ...ctx.commands.map((c) => c.help(ctx) ?? ''),
    ];
    return say(lines.filter(Boolean).join('\n'), ctx);
  },
};
