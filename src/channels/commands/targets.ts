// 目标: the target groups as the plan words them, one paragraph each — the command asks for all of
// them. Without plan facts, the answer service answers the word as a question.
import type { PlanFacts } from '../../knowledge/facts/plan.ts';
import { toChineseNumber } from '../../text/numerals.ts';
import { localize } from '../texts.ts';
import type { Command, CommandContext } from './types.ts';

/** The plans that have `has`, primary first: reference documents only answer when no plan does. */
export function plansWith(ctx: CommandContext, has: (f: PlanFacts) => boolean): PlanFacts[] {
  return ctx.index().facts.filter(has).sort((a, b) => Number(b.primary) - Number(a.primary));
}

export const targets: Command = {
  kind: 'targets',
  parse: (t) => (t === '目标' ? {} : null),
  help: () => '目标 — 方案的总体目标',
  run: async (_args, ctx) => {
    const plans = plansWith(ctx, (f) => f.targetGroups.length > 0);
    if (plans.length === 0) return ctx.ask(ctx.text);
    const blocks = plans.map((f) => {
      const name = plans.length > 1 ? `《${f.title ?? f.docTitle}》` : '方案';
      const head = `${name}的目标分${toChineseNumber(f.targetGroups.length)}个方面：`;
      return [head, ...f.targetGroups.map((g) => g.source)].join('\n');
    });
    const sources = [...new Set(plans.map((f) => `${f.docTitle}${f.targetGroups[0]!.section ? ` · ${f.targetGroups[0]!.section}` : ''}`))];
    return {
      body: localize(blocks.join('\n\n'), ctx.script),
      sources: sources.map((s) => localize(s, ctx.script)),
      grounded: true,
      citations: [],
      mode: 'facts',
      ...(ctx.script === 'traditional' ? { script: 'traditional' as const } : {}),
    };
  },
};
