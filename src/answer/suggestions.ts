// Starter questions generated from a plan's facts: the mini-program's home page, the bot's help
// text and the greeting reply all offer questions the knowledge base is sure to answer.
import type { PlanFacts } from '../knowledge/facts/plan.ts';
import type { KnowledgeIndex } from '../retrieval/knowledge-index.ts';
import { answerFromDocs } from './facts/documents.ts';
import { answerFromFacts } from './facts/intent.ts';

/** The part of an area title after `推动…的`, which is how staff name an area (`X发展`). */
function shortAreaName(title: string): string {
  const tail = title.split('的').pop() ?? title;
  return tail.length >= 2 ? tail : title.replace(/^(推动|推进)/, '');
}

/**
 * Starter questions built from the facts and kept only if the facts answer them, so the home page
 * never offers a question that falls through to a weaker answer.
 */
export function planSuggestions(f: PlanFacts, max = 8): string[] {
  const valued = f.targetGroups
    .flatMap((g) => g.items)
    .filter((i) => i.unit && i.metric.length >= 4)
    .sort((a, b) => a.metric.length - b.metric.length);
  const s = f.speakers[0];
  // Ordered for variety: the first `max` that the facts answer cover different kinds of question.
  const candidates = [
    f.fullTitle ? '方案全称叫什么' : '',
    f.tasks.length > 0 ? '重点任务一共有多少项' : '',
    f.areas[0] ? `${shortAreaName(f.areas[0].title)}方面有哪些任务` : '',
    valued[0] ? `${valued[0].metric}的目标是多少` : '',
    f.leadUnit ? '谁负责落实这个方案' : '',
    f.measures ? '保障措施有哪些' : '',
    f.policies.talent.length > 0 ? '人才方面有什么政策' : '',
    f.policies.finance.length > 0 ? '金融方面有什么支持政策' : '',
    s ? `${s.unit}的发布人是谁` : '',
    f.tasks.length > 0 ? '第1项任务是什么' : '',
    f.areas[1] ? `${shortAreaName(f.areas[1].title)}方面有哪些任务` : '',
    valued[1] ? `${valued[1].metric}的目标是多少` : '',
  ].filter(Boolean);
  return candidates.filter((q) => answerFromFacts(q, [f]) !== null).slice(0, max);
}


/** The name a person would use for a document: its title without `关于印发…的通知` around it. */
function shortName(title: string): string {
  const inner = /《([^》]{4,40})》/u.exec(title)?.[1];
  return (inner ?? title).replace(/^.*?关于印发/u, '').replace(/的通知$/u, '');
}

/**
 * Starter questions for every loaded document that is not a plan with its own facts: its size, when
 * it takes effect, who issued it, who leads its first item — each kept only if the document's facts
 * answer it, so nothing offered falls through to a weaker answer.
 */
export function documentSuggestions(index: KnowledgeIndex, perDocument = 2, max = 8): string[] {
  return index.once(`doc-suggestions:${perDocument}:${max}`, () => {
    const planned = new Set(index.facts.map((f) => f.docId));
    const out: string[] = [];
    for (const d of index.documents) {
      const f = d.facts;
      if (!f || planned.has(d.id)) continue;
      const name = shortName(d.title);
      const article = f.levels.some((l) => l.kind === 'article');
      const owner = f.owners.find((o) => o.lead && o.title.length <= 24);
      const candidates = [
        f.levels.some((l) => l.kind !== 'shi' && l.count >= 3) ? `${name}一共有几${article ? '条' : '项'}？` : '',
        owner ? `${owner.title}由哪个部门牵头？` : '',
        f.effective ? `${name}什么时候开始施行？` : '',
        f.issuers.length ? `${name}是哪个部门印发的？` : '',
        f.date ? `${name}是哪天印发的？` : '',
      ].filter(Boolean);
      const kept = candidates.filter((q) => answerFromDocs(index, q)?.docId === d.id).slice(0, perDocument);
      out.push(...kept);
      if (out.length >= max) break;
    }
    return out.slice(0, max);
  });
}

/**
 * The few questions to offer a newcomer (a greeting's reply, a new follower's welcome): two of each
 * plan's own, then one about another document — every one answered exactly by the facts.
 */
export function starterQuestions(index: KnowledgeIndex, max = 3): string[] {
  return [...index.facts.flatMap((f) => planSuggestions(f, 2)), ...documentSuggestions(index, 1)].slice(0, max);
}
