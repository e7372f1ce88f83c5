// 反馈 内容: a comment on the asker's last answer, kept as feedback beside that answer (the server's
// own record of it) and thanked for only once it is on disk.
import { maskPii } from '../../text/pii.ts';
import { ownedBy, ownerOf, sessionOf } from '../asker.ts';
import { say, type Command } from './types.ts';

const FEEDBACK_WORD = /^(?:意[见見])?反[馈饋][\s:：，,]*/;
const PRAISE = /^(好评|赞|👍|满意|有用|有帮助|很好|谢谢)/;

export const feedback: Command<{ content: string }> = {
  kind: 'feedback',
  parse: (t, raw) => {
    const m = /^(?:反馈|意见反馈)(?:$|[\s:：，,]+([\s\S]*)$)/.exec(t);
    // The comment is kept as written (script and all), only the command word is cut off.
    return m ? { content: m[1] ? raw.trim().replace(FEEDBACK_WORD, '').trim() : '' } : null;
  },
  help: () => '反馈 内容 — 提交意见或纠错',
  run: async ({ content }, ctx) => {
    if (!content) return say('请在“反馈”后写上您的意见，例如：反馈 第3项任务的回答不完整。', ctx);
    const owner = ownerOf(ctx.asker);
    if (!owner) return say('抱歉，反馈暂时无法保存，请稍后再试。', ctx);
    // The asker's last answer may still be on its way to disk (history lists only what is there).
    await ctx.store.history.flush().catch(() => undefined);
    const last = ctx.store.history.list({ limit: 1, where: ownedBy(ctx.asker) })[0];
    // Thanked only once the record is on disk.
    const saved = await ctx.store.feedback
      .add({
        at: new Date(ctx.now()).toISOString(),
        sessionId: sessionOf(ctx.asker) ?? owner,
        question: last?.question ?? '',
        ...(last ? { answer: last.answer, answerFrom: 'server' as const } : {}),
        // The record needs a rating; free-text feedback is mostly a complaint unless it opens with praise.
        rating: PRAISE.test(content) ? 'up' : 'down',
        comment: maskPii([...content].slice(0, 500).join('')),
        channel: ctx.asker.channel,
        ...(ctx.asker.id ? { user: ctx.asker.id } : {}),
      })
      .then(
        () => true,
        () => false,
      );
    return say(saved ? '感谢反馈，已记录，我们会尽快核实改进。' : '抱歉，反馈暂时无法保存，请稍后再试。', ctx);
  },
};
