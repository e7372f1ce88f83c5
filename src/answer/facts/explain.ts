// The last check before a facts answer leaves: every content word of the question must be explained by
// the fact the answer gives (its text and citations), by what the intent resolved (an abbreviation, an
// ordinal), or by question vocabulary. `高新技术企业的所得税税率` shares a metric with a target but asks
// about a tax rate; `A港的吞吐量` shares a metric with B港's target. Both must fall through.
import type { PlanFacts } from '../../knowledge/facts/plan.ts';
import { EQUIVALENT_TERMS } from '../../knowledge/facts/vocab.ts';
import { contentOnly, FILLERS, planMention } from './match.ts';

/**
 * Words that ask, not words that name: the kind of fact wanted, how it is measured, who and when.
 * None of them names a metric, a place, a task or a policy, so none can make a wrong fact look right.
 */
const QUESTION_WORDS = [
  '目标', '指标', '任务', '工作', '重点', '主要', '措施', '保障', '举措', '政策', '方面', '领域', '情况', '要求', '安排',
  '做法', '多少', '第几', '排名', '排第', '名次', '位次', '数量', '规模', '比重', '占比', '增速', '达到', '实现', '完成',
  '提高', '多大', '搞到', '搞', '建', '弄', '拿', '排', '发布人', '发布会', '发布', '嘉宾', '领导', '出席', '参加', '发言',
  '单位', '部门', '负责', '牵头', '落实', '全称', '全名', '名称', '标题', '期限', '周期', '年份', '时间', '哪年', '哪一年',
  '执行', '截止', '管', '支持', '帮助', '帮', '解决', '怎么办', '办', '难', '问题', '考虑', '项目', '这块', '方面的',
  '合作', '共同', '联合', '一起', '派', '来', '属于', '职务', '人', '上', '位', '到', '在', '给', '对', '把', '能', '会',
  '可以', '需要', '应该', '计划', '规划', '意见', '行动计划', '实施方案', '三年行动', '这块儿', '相关', '有关',
];

const byLength = (a: string, b: string) => b.length - a.length;

const ASKING_SORTED = [...QUESTION_WORDS].sort(byLength);

/** `GDP` is explained by a fact that says `地区生产总值`, and the other way round. */
function withEquivalents(pool: string): string {
  const extra = EQUIVALENT_TERMS.filter((set) => set.some((t) => pool.includes(t))).flat();
  return extra.length ? `${pool}\n${extra.join('\n')}` : pool;
}

/** Cuts every substring of two or more characters that occurs in the pool, longest first. */
function cover(q: string, pool: string): string {
  let r = q;
  for (;;) {
    let best = '';
    for (const seg of r.split('|')) {
      for (let i = 0; i < seg.length; i++) {
        for (let j = seg.length; j - i >= Math.max(2, best.length + 1); j--) {
          if (pool.includes(seg.slice(i, j))) {
            best = seg.slice(i, j);
            break;
          }
        }
      }
    }
    if (!best) return r;
    r = r.split(best).join('|');
  }
}

/**
 * The content of the question nothing explains ('' when all of it is). Substrings the fact shares come
 * off first, then question vocabulary and scaffolding; a lone leftover character the fact also holds
 * (`亿` of `80亿元`) counts as explained, a leftover word never does.
 */
export function unexplained(q: string, texts: readonly string[], resolved: readonly string[] = []): string {
  const pool = withEquivalents(texts.join('\n'));
  let r = q;
  for (const w of resolved.filter(Boolean).sort(byLength)) r = r.split(w).join('|');
  // The fact may hold half of a question word (`实施期` of `实施期限`) or a question word half of a
  // fact's (`人` of `人才`): either order of cutting may be the right reading, so the better one counts.
  const factFirst = dropAsking(cover(r, pool));
  const askingFirst = cover(dropAsking(r), pool);
  const left = [factFirst, askingFirst].map((x) => contentOnly(leftover(x, pool, '|')));
  return left[0]!.length <= left[1]!.length ? left[0]! : left[1]!;
}

function dropAsking(r: string): string {
  for (const w of ASKING_SORTED) r = r.split(w).join('|');
  return r;
}

function leftover(r: string, pool: string, gap = ''): string {
  for (const w of FILLERS) r = r.split(w).join('|');
  return r
    .split(/[^\p{Script=Han}A-Za-z0-9]+/u)
    .filter((run) => run.length > 1 || (run.length === 1 && !pool.includes(run)))
    .join(gap);
}

// `X市数字经济行动方案`, `Y市的方案`: a place followed, within a few words, by a plan noun.
const OTHER_PLAN = /([\p{Script=Han}]{2,3}[省市县区])[\p{Script=Han}]{0,10}?(?:方案|行动计划|规划|计划|意见|纲要)/u;
const NOT_A_PLACE = /^(全|本|我|该|各|城|都|省|市|县|区)/u;

const PLAN_NOUN = /(专项方案|行动方案|实施方案|工作方案|行动计划|实施意见|指导意见|规划|纲要|方案|计划|意见)$/u;

/** `行动计划` when this plan is the only one loaded that calls itself so; `方案` rarely tells plans apart. */
function kindNamed(q: string, f: PlanFacts, facts: PlanFacts[]): boolean {
  const noun = PLAN_NOUN.exec(f.title ?? '')?.[1];
  return !!noun && q.includes(noun) && facts.filter((x) => PLAN_NOUN.exec(x.title ?? '')?.[1] === noun).length === 1;
}

/**
 * The plans to try, in order, each with the question minus the words that name it. A question that
 * names a plan goes to that plan only; one that names a place's plan we do not hold goes nowhere.
 * Otherwise: the plan whose kind the question names (`这个行动计划`), the plan retrieval ranks first
 * for the question, the primary one, the rest.
 */
export function planOrder(q: string, facts: PlanFacts[], preferDocId?: string): { f: PlanFacts; q: string }[] {
  const strip = (f: PlanFacts) => {
    const mention = planMention(q, f);
    return { f, q: mention ? q.split(mention).join('') : q };
  };
  const named = facts.filter((f) => planMention(q, f) !== null);
  if (named.length > 0) return named.map(strip);
  const other = OTHER_PLAN.exec(q);
  if (other && !NOT_A_PLACE.test(other[1]!.slice(-2))) return [];
  const rank = (f: PlanFacts) => (kindNamed(q, f, facts) ? 0 : f.docId === preferDocId ? 1 : f.primary ? 2 : 3);
  return facts
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map(({ f }) => strip(f));
}
