// Target questions: a group by name (`“规模做大”方面的目标`) or one metric (`智能工厂的目标是多少`,
// `上云企业数量在全省排第几`). The metric is found by lexical overlap weighted towards rare words, and only
// a clear winner (or a tie of equally good items, e.g. one metric with two targets) is answered.
import type { PlanFacts, TargetGroup, TargetItem } from '../../knowledge/facts/plan.ts';
import { knownWeight, longestCommon, ordinalIn, placeIn, rankByOverlap, residue } from './match.ts';
import { STOP, cite, reply, type FactsReply, type Intent } from './reply.ts';

const CUE = /目标|指标|多少|多大|几项|几家|几个|第几|排名|排第|位次|名次|比重|百分点|要达到|要有|增速/;
const RANK_CUE = /第几|排名|排第|位次|名次|几位/;
const VALUE_CUE = /多少|多大|几项|几家|几个|数量|比重|百分点|增速/;
const WHERE_ASK = /在哪|哪里|哪儿|什么地方|什么位置|哪个(?:区|县|市|镇|园区|地方)/u;

export function itemText(i: TargetItem): string {
  return `${i.deadline ? `到${i.deadline}，` : ''}${i.text}`;
}

/** Clause texts once each: a clause with two values (`总额…，年均增长…`) is two items of one text. */
function uniqueTexts(items: TargetItem[], show: (i: TargetItem) => string): string[] {
  return [...new Set(items.map(show))];
}

export function groupReply(f: PlanFacts, g: TargetGroup): FactsReply['answer'] {
  const deadline = g.items.find((i) => i.deadline)?.deadline;
  const items = uniqueTexts(g.items, (i) => i.text).join('；');
  const head = `“${g.name}”方面的目标${deadline ? `（到${deadline}）` : ''}：`;
  return reply(`${head}${items}。`, [cite(f, g.source, g.section, g.name)]);
}

function overviewReply(f: PlanFacts): FactsReply['answer'] {
  const names = f.targetGroups.map((g) => `“${g.name}”`).join('');
  const quantified = uniqueTexts(f.targetGroups.flatMap((g) => g.items.filter((i) => i.unit)), (i) => i.text);
  const stated = f.stated.targetGroups[0];
  const text = `具体目标分${f.targetGroups.length}个方面：${names}。${quantified.length ? `量化指标包括：${quantified.join('；')}。` : ''}`;
  return reply(text, [
    cite(f, stated?.source ?? f.targetGroups[0]!.source, stated?.section ?? f.targetGroups[0]!.section),
    ...f.targetGroups.map((g) => cite(f, g.source, g.section)),
  ]);
}

/** How a place in a list is said around its ordinal (`一条条列下来`, `排下来`, `说的是`). */
const PLACE_WORDS = ['一条条', '一条一条', '列下来', '排下来', '数下来', '那组', '这组', '说的是', '讲的是', '列的'];

/**
 * How a target is asked about around its metric: when it falls due (`期末`, `到期末`, `届时`), as a floor
 * (`底线`, `起码`), as an intention (`打算`, `期望`), where it lands (`处于`, `落在`), over the plan's own city
 * (`全市`), against a base. The target's clause answers all of these; none names a metric of its own.
 */
const TARGET_FRAME = ['到期末', '期末', '届时', '到时候', '底线', '下限', '起码', '保底', '打算', '期望', '希望', '预期', '力争', '争取',
  '处于', '落在', '位居', '全市', '本市', '我市', '市里', '省内', '总量',
  // …against what (`比基准年高出多少`): the clause states the base year and the rise.
  '基准年', '基准', '基期', '高出', '多出'];

export const targetsIntent: Intent = (q, f) => {
  if (f.targetGroups.length === 0) return null;
  const group = f.targetGroups.find((g) => q.includes(g.name) || longestCommon(q, g.name).length >= 4);
  // Group names and area titles share words (a group `X产业化`, an area `壮大X产业`): a question about
  // tasks or measures is not about the group's targets.
  const aboutTargets = /目标|指标/.test(q) || (!/任务|措施|政策|举措/.test(q) && /方面|哪些|什么/.test(q));
  if (group && aboutTargets) {
    const matched = q.includes(group.name) ? group.name : longestCommon(q, group.name);
    // `“量的合理增长”那组目标一条条列下来，第三条说的是啥`: one target of the group, by its place in the list.
    const ord = ordinalIn(q);
    if (ord && !/任务|措施|方面/u.test(ord.noun)) {
      const texts = uniqueTexts(group.items, (i) => i.text);
      const at = placeIn(ord, texts.length);
      const item = group.items.find((i) => i.text === texts[at - 1]);
      if (!item || residue(q, [matched, ord.text], [...PLACE_WORDS, '目标', '指标', '方面', '具体', '设置', '在']).length > 0) return STOP;
      return { answer: reply(`“${group.name}”方面的第${at}条目标：${item.text}。`, [cite(f, item.source, item.section, group.name)]), explained: [matched, ord.text] };
    }
    const left = residue(q, [matched], ['目标', '指标', '方面', '具体', '设置', '在']);
    if (left.length > 0) return STOP;
    return { answer: groupReply(f, group), list: { kind: 'targets', groupNo: group.no, planId: f.docId }, explained: [matched] };
  }
  // (A target states a figure and a year, never a place: `算力中心建在哪，规模多大？` is not all answered by it.)
  if (!CUE.test(q) || WHERE_ASK.test(q)) return null;

  const all = f.targetGroups.flatMap((g) => g.items.map((item) => ({ g, item })));
  const candidates = all.filter(({ item }) =>
    RANK_CUE.test(q) ? item.rank !== undefined : VALUE_CUE.test(q) ? item.value !== undefined : true,
  );
  const text = (c: (typeof all)[number]) => c.item.source;
  const ranked = rankByOverlap(q, candidates, text);
  const best = ranked[0];
  const known = knownWeight(q, candidates, text);
  if (!best || best.score < 1.5 || best.score < 0.5 * known) {
    const left = residue(q, [], ['目标', '指标', '总体', '具体', '设置', '方面', '主要']);
    return /目标|指标/.test(q) && left.length === 0 ? { answer: overviewReply(f) } : null;
  }
  // One metric can carry several targets (a growth and a rank): a tie lists them all, in text order.
  let ties = ranked.filter((r) => r.score >= best.score - 1e-9).slice(0, 3);
  ties.sort((a, b) => all.indexOf(a.item) - all.indexOf(b.item));
  const lead = valueLead(q, ties.map((t) => t.item.item));
  if (lead) ties = ties.filter((t) => t.item.item.source === lead.source);
  const body = uniqueTexts(ties.map((t) => t.item.item), itemText).join('；');
  const groups = [...new Set(ties.map((t) => `“${t.item.g.name}”`))].join('、');
  return {
    answer: reply(
      `${lead ? `${lead.metric}：${lead.value}${lead.unit ?? ''}${lead.qualifier ?? ''}。` : ''}${body}。（${groups}方面的目标）`,
      ties.map((t) => cite(f, t.item.item.source, t.item.item.section)),
    ),
    context: ties.map((t) => t.item.g.source),
    explained: TARGET_FRAME.filter((w) => q.includes(w)),
  };
};

/**
 * When the winning clause holds several values (`总额达到100亿元，年均增长5%以上`), the one whose metric
 * the question names more of is put first; null when the question does not tell them apart.
 */
function valueLead(q: string, items: TargetItem[]): TargetItem | null {
  const sameClause = items.filter((i) => i.source === items[0]!.source);
  if (sameClause.length < 2 || sameClause.length !== items.length) return null;
  const scored = rankByOverlap(q, sameClause, (i) => i.metric);
  return scored[0]!.score > scored[1]!.score ? scored[0]!.item : null;
}
