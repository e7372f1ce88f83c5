// Target questions: a group by name (`“规模做大”方面的目标`) or one metric (`智能工厂的目标是多少`,
// `上云企业数量在全省排第几`). The metric is found by lexical overlap weighted towards rare words, and only
// a clear winner (or a tie of equally good items, e.g. one metric with two targets) is answered.
import type { PlanFacts, TargetGroup, TargetItem } from '../../knowledge/facts/plan.ts';
import { knownWeight, longestCommon, ordinalIn, placeIn, rankByOverlap, residue } from './match.ts';
import { STOP, cite, reply, type FactsReply, type Intent } from './reply.ts';
import { parseNumber, toChineseNumber } from '../../text/numerals.ts';

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

/** A place in a ranking the question names (`第二`, `第2名`, `老二`): which target holds it is asked. */
const RANK_NAMED = /(?:第|老)([一二两三四五六七八九十\d]{1,2})(?:名|位)?/u;
/** …or the best of the places set (`最靠前`, `排得最高`), or a place to be climbed to (`往上蹿`, `跃居`, `进位`). */
const RANK_BEST = /最靠前|最前|最高|最好|最领先/u;
const RANK_CLIMB = /往上|蹿|跃居|进位|攀升|爬/u;
/** The place asked of: ranking words, or a place said with its noun (`全省第二`, `第二名`, `冲第二`). */
const RANK_TALK = /名次|排名|位次|排位|全省第|全省排|冲第|居第|第[一二两三四五六七八九十\d]{1,2}名/u;
/** A place in one of the plan's lists (`排第七的是哪项`, `任务表排在第14位`, `头一个方面里排第二的任务`): not a ranking. */
const LIST_TALK = /任务|方面|板块|大?块|措施|项里|发布人|名单/u;
/** The question asks which target (`哪个行业`, `哪一项`, `是啥`), not the place of one it names. */
const WHICH_TARGET = /哪(?:个|一|些|项|条|几)|什么(?:行业|指标|产业|目标)|啥(?:行业|指标|产业|目标)/u;
/** Clauses that climb (`跃居全省第三位`) rather than hold (`稳居`, `居`). */
const CLIMBS = /跃居|跃升|进位|提升至|升至|进入/u;

/** Whether the question asks which target holds a place in a ranking (its ordinal is that place, not a list's). */
export function asksRankHolder(q: string): boolean {
  return (RANK_TALK.test(q) || RANK_BEST.test(q)) && !LIST_TALK.test(q) && WHICH_TARGET.test(q) && (RANK_NAMED.test(q) || RANK_BEST.test(q) || RANK_CLIMB.test(q));
}

/**
 * `全省位次目标里有没有哪一项是冲第二名的？是哪个行业？`, `最靠前的是第几？落在哪个行业上？`: the targets whose place is
 * the one named (or the best, or one climbed to), read from the plan's rank targets — the reverse of asking a
 * metric's place.
 */
const rankHeldIntent: Intent = (q, f) => {
  if (!asksRankHolder(q)) return null;
  const all = f.targetGroups.flatMap((g) => g.items.filter((i) => i.rank !== undefined).map((item) => ({ g, item })));
  if (all.length < 2) return null;
  const named = RANK_NAMED.exec(q);
  const place = named ? parseNumber(named[1]!) : null;
  let held: typeof all;
  let how: string;
  // (A climb asked first: `石化那个全省第二、粮油那个第三，俩名次哪个是得往上冲的` names places as what the asker knows.)
  if (RANK_CLIMB.test(q)) {
    held = all.filter((x) => CLIMBS.test(x.item.text));
    how = '名次目标中要往上进位的';
  } else if (place !== null && !/第几/u.test(q)) {
    held = all.filter((x) => x.item.rank === place);
    how = `名次目标定为全省第${toChineseNumber(place)}位的`;
  } else if (RANK_BEST.test(q)) {
    const best = Math.min(...all.map((x) => x.item.rank!));
    held = all.filter((x) => x.item.rank === best);
    how = `名次目标中最靠前的是全省第${toChineseNumber(best)}位，定的`;
  } else return null;
  const texts = [...new Set(held.map((x) => x.item.text))];
  if (!texts.length) return STOP;
  const groups = [...new Set(held.map((x) => `“${x.g.name}”`))].join('、');
  return {
    answer: reply(`${how}是：${texts.join('；')}。（${groups}方面的目标）`, held.map((x) => cite(f, x.item.source, x.item.section))),
    explained: [...(named ? [named[0]] : []), ...RANK_WORDS.filter((w) => q.includes(w))],
  };
};

/** Words of asking a place in a ranking, explained by the answer that gives it. */
const RANK_WORDS = ['名次', '排名', '位次', '排位', '全省', '冲', '定的', '定在', '目标', '指标', '行业', '产业', '哪个', '哪一项', '哪项', '有没有', '最靠前', '最前', '最高', '往上', '蹿', '落在', '第几', '是第几', '要到'];

export const targetsIntent: Intent = (q, f) => {
  if (f.targetGroups.length === 0) return null;
  const held = rankHeldIntent(q, f);
  if (held) return held;
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
    // (The aspects it names are a list: `第二个呢` after it asks for the second aspect's targets.)
    return /目标|指标/.test(q) && left.length === 0 ? { answer: overviewReply(f), list: { kind: 'groups', count: f.targetGroups.length, planId: f.docId } } : null;
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
