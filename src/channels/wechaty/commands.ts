// The bot's short commands. Plan content always comes from the loaded facts or the answer service,
// so a different plan in knowledge/ gets the same commands with its own answers.
import type { Logger } from 'pino';
import { NUM_PATTERN, parseNumber, toChineseNumber } from '../../text/numerals.ts';
import { coverageSummary } from '../../answer/refusal.ts';
import { mirrorScript, type Script } from '../../answer/script.ts';
import type { AskOptions } from '../../answer/pipeline.ts';
import type { PlanFacts } from '../../knowledge/facts/plan.ts';
import { toSimplified } from '../../text/normalize.ts';
import type { Answer } from '../../knowledge/types.ts';
import type { ReloadOutcome } from '../../ops/reload.ts';
import type { KnowledgeIndex } from '../../retrieval/knowledge-index.ts';
import { maskPii, type Store } from '../../store/open.ts';
import { localize, replyOf, type Reply } from '../presenters/wechat.ts';

export type Command =
  | { kind: 'help' }
  | { kind: 'targets' }
  | { kind: 'task'; n: number | null }
  | { kind: 'policy'; text: string }
  | { kind: 'feedback'; content: string }
  | { kind: 'reload' };

export interface CommandContext {
  script: Script;
  /** The raw text the command came in (for asking the answer service in the asker's own words). */
  text: string;
  talker: { id: string; name: string };
  isAdmin: boolean;
  inGroup: boolean;
  keyword?: string;
  /** History owner and session of the asker (feedback refers to their last answer). */
  owner: string;
  sessionId: string;
  ask(question: string, opts: AskOptions): Promise<Answer>;
  index(): KnowledgeIndex;
  /** The shared reload (validated, audited, measured): `who` goes into the audit record. */
  reload(who: string): Promise<ReloadOutcome>;
  store: Pick<Store, 'feedback' | 'audit' | 'history'>;
  log: Logger;
  now(): number;
}

const FEEDBACK_WORD = /^(?:意[见見])?反[馈饋][\s:：，,]*/;
const TASK = new RegExp(`^任务\\s*(${NUM_PATTERN})?$`);

/** Recognises a command in either script, full-width forms included; null for a question. */
export function parseCommand(raw: string): Command | null {
  const t = toSimplified(raw.normalize('NFKC')).trim().replace(/[。.!！]+$/, '');
  if (/^(帮助|help|\?|菜单|使用说明)$/i.test(t)) return { kind: 'help' };
  if (t === '目标') return { kind: 'targets' };
  const task = TASK.exec(t);
  if (task) return { kind: 'task', n: task[1] ? parseNumber(task[1]) : null };
  if (/^(人才|融资)政策$/.test(t)) return { kind: 'policy', text: raw.trim() };
  const fb = /^(?:反馈|意见反馈)(?:$|[\s:：，,]+([\s\S]*)$)/.exec(t);
  // The comment is kept as written (script and all), only the command word is cut off.
  if (fb) return { kind: 'feedback', content: fb[1] ? raw.trim().replace(FEEDBACK_WORD, '').trim() : '' };
  if (t === '重载知识库') return { kind: 'reload' };
  return null;
}

export async function runCommand(cmd: Command, ctx: CommandContext): Promise<Reply> {
  const say = (text: string): Reply => ({ body: localize(text, ctx.script) });
  switch (cmd.kind) {
    case 'help':
      return say(helpText(ctx));
    case 'targets':
      return targetsReply(ctx) ?? replyOf(await ctx.ask(ctx.text, askOpts(ctx)), ctx.script);
    case 'task':
      return taskReply(cmd.n, ctx);
    case 'policy':
      return replyOf(await ctx.ask(cmd.text, askOpts(ctx)), ctx.script);
    case 'feedback':
      return say(await feedback(cmd.content, ctx));
    case 'reload':
      return say(await reload(ctx));
  }
}

function askOpts(ctx: CommandContext): AskOptions {
  return { sessionId: ctx.sessionId, channel: 'wechat', owner: ctx.owner };
}

function helpText(ctx: CommandContext): string {
  const { titles } = coverageSummary(ctx.index());
  const lines = [
    `您好，我可以解答${titles.join('、') || '已收录政策文件'}的相关问题，直接发送问题即可，答案会注明出处。`,
    ctx.inGroup
      ? `在群里请先@我${ctx.keyword ? `，或以“${ctx.keyword}”开头` : ''}再提问。`
      : '',
    '常用命令：',
    '帮助 — 查看本说明',
    '目标 — 方案的总体目标',
    '任务 N — 第N项重点任务，如“任务 10”',
    '人才政策 / 融资政策 — 相关政策要点',
    '反馈 内容 — 提交意见或纠错',
    ctx.isAdmin ? '重载知识库 — 重新加载知识库（管理员）' : '',
  ];
  return lines.filter(Boolean).join('\n');
}

function plansWith(ctx: CommandContext, has: (f: PlanFacts) => boolean): PlanFacts[] {
  // Primary plans first: reference documents only answer when no plan does.
  return ctx.index().facts.filter(has).sort((a, b) => Number(b.primary) - Number(a.primary));
}

/** The target groups as the plan words them, one paragraph each: the command asks for all of them. */
function targetsReply(ctx: CommandContext): Reply | null {
  const plans = plansWith(ctx, (f) => f.targetGroups.length > 0);
  if (plans.length === 0) return null;
  const blocks = plans.map((f) => {
    const name = plans.length > 1 ? `《${f.title ?? f.docTitle}》` : '方案';
    const head = `${name}的目标分${toChineseNumber(f.targetGroups.length)}个方面：`;
    return [head, ...f.targetGroups.map((g) => g.source)].join('\n');
  });
  const sections = plans.map((f) => `${f.docTitle}${f.targetGroups[0]!.section ? ` · ${f.targetGroups[0]!.section}` : ''}`);
  return {
    body: localize(blocks.join('\n\n'), ctx.script),
    sources: localize(`来源：${[...new Set(sections)].join('；')}`, ctx.script),
  };
}

async function taskReply(n: number | null, ctx: CommandContext): Promise<Reply> {
  const plans = plansWith(ctx, (f) => f.tasks.length > 0);
  const most = Math.max(0, ...plans.map((f) => f.tasks.length));
  if (most === 0) return { body: localize('已收录的文件中没有编号的重点任务。', ctx.script) };
  if (n === null || !plans.some((f) => f.tasks.some((t) => t.no === n))) {
    const lead = n === null ? '' : `没有第${n}项任务。`;
    return { body: localize(`${lead}方案共有${most}项重点任务，请发送“任务 1”到“任务 ${most}”。`, ctx.script) };
  }
  // The answer service words task answers (and remembers them for `其中…` follow-ups).
  const answer = await ctx.ask(`第${n}项任务`, askOpts(ctx));
  return replyOf(mirrorScript(answer, ctx.script), ctx.script);
}

const PRAISE = /^(好评|赞|👍|满意|有用|有帮助|很好|谢谢)/;

async function feedback(content: string, ctx: CommandContext): Promise<string> {
  if (!content) return '请在“反馈”后写上您的意见，例如：反馈 第3项任务的回答不完整。';
  // The asker's last answer may still be on its way to disk (history lists only what is there).
  await ctx.store.history.flush().catch(() => undefined);
  const last = ctx.store.history.list({ limit: 1, where: (r) => r.owner === ctx.owner })[0];
  // Thanked only once the record is on disk.
  const saved = await ctx.store.feedback.add({
    at: new Date(ctx.now()).toISOString(),
    sessionId: ctx.sessionId,
    question: last?.question ?? '',
    ...(last ? { answer: last.answer, answerFrom: 'server' as const } : {}),
    // The record needs a rating; free-text feedback is mostly a complaint unless it opens with praise.
    rating: PRAISE.test(content) ? 'up' : 'down',
    comment: maskPii([...content].slice(0, 500).join('')),
    channel: 'wechat',
    user: ctx.talker.id,
  }).then(
    () => true,
    () => false,
  );
  return saved ? '感谢反馈，已记录，我们会尽快核实改进。' : '抱歉，反馈暂时无法保存，请稍后再试。';
}

async function reload(ctx: CommandContext): Promise<string> {
  const who = `wechat:${ctx.talker.id}`;
  if (!ctx.isAdmin) {
    // The reloader audits what it does; a refusal never reaches it, so it is audited here.
    await ctx.store.audit.add({
      at: new Date(ctx.now()).toISOString(), action: 'reload', who, result: 'rejected',
      detail: { reason: 'not an admin', name: ctx.talker.name },
    }).catch(() => undefined);
    ctx.log.warn({ who, name: ctx.talker.name }, 'reload refused: not an admin');
    return '抱歉，重载知识库仅限管理员操作。如需更新资料，请联系管理员。';
  }
  const out = await ctx.reload(who);
  if (!out.ok) {
    const why = 'rejected' in out ? `新知识库未通过检查（${out.rejected.reason}）` : `重载出错（${out.error}）`;
    return `${why}，仍在使用原知识库。`;
  }
  const r = out.reply;
  const warnings = r.warnings.slice(0, 3).map((w) => `· ${w.file}：${w.reason}`);
  return [
    `知识库已重载：版本 ${r.version}，文件 ${r.documents} 份，片段 ${r.chunks} 个，警告 ${r.warnings.length} 条，用时 ${r.tookMs} 毫秒。`,
    ...warnings,
  ].join('\n');
}
