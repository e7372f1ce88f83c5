// 重载知识库 (admins only): the shared reload, validated and audited; a refusal is audited here,
// since it never reaches the reloader.
import { ownerOf } from '../asker.ts';
import { say, type Command } from './types.ts';

export const reload: Command = {
  kind: 'reload',
  parse: (t) => (t === '重载知识库' ? {} : null),
  help: (ctx) => (ctx.asker.admin ? '重载知识库 — 重新加载知识库（管理员）' : null),
  run: async (_args, ctx) => {
    const who = ownerOf(ctx.asker) ?? ctx.asker.channel;
    const name = ctx.asker.name ?? '';
    if (!ctx.asker.admin) {
      await ctx.store.audit
        .add({ at: new Date(ctx.now()).toISOString(), action: 'reload', who, result: 'rejected', detail: { reason: 'not an admin', name } })
        .catch(() => undefined);
      ctx.log.warn({ who, name }, 'reload refused: not an admin');
      return say('抱歉，重载知识库仅限管理员操作。如需更新资料，请联系管理员。', ctx);
    }
    const out = await ctx.reload(who);
    if (!out.ok) {
      const why = 'rejected' in out ? `新知识库未通过检查（${out.rejected.reason}）` : `重载出错（${out.error}）`;
      return say(`${why}，仍在使用原知识库。`, ctx);
    }
    const r = out.reply;
    const warnings = r.warnings.slice(0, 3).map((w) => `· ${w.file}：${w.reason}`);
    return say([`知识库已重载：版本 ${r.version}，文件 ${r.documents} 份，片段 ${r.chunks} 个，警告 ${r.warnings.length} 条，用时 ${r.tookMs} 毫秒。`, ...warnings].join('\n'), ctx);
  },
};
