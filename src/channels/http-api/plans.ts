// Read-only JSON views of the plan facts for the mini-program: metadata, targets, tasks, policies and
// starter questions. One primary plan answers by default; `?plan=ID` selects another document.
import { Router } from '@koa/router';
import type { Context } from 'koa';
import { z } from 'zod';
import { planSuggestions } from '../../answer/suggestions.ts';
import { POLICY_TOPICS, planCounts, type PlanFacts, type PolicyTopic, type Task } from '../../knowledge/facts/plan.ts';
import { badRequest, notFound, type HttpError } from '../../http/errors.ts';
import { inputOf, validate, type Invalid } from '../../http/validate.ts';
import { headingTest } from '../../knowledge/chunk.ts';
import { docFactsCounts, ownedText } from '../../knowledge/facts/document.ts';
import { outline } from '../../knowledge/structure.ts';
import type { KnowledgeDocument } from '../../knowledge/types.ts';

export { planSuggestions };

/** `?plan=ID`: one plan at most. */
const plan = z.string().optional();
const PLAN = { query: z.object({ plan }) };
const TASK = { query: z.object({ plan }), params: z.object({ no: z.string().regex(/^\d+$/) }) };
const POLICIES = {
  query: z.object({ plan, topic: z.custom<PolicyTopic>((t) => POLICY_TOPICS.includes(t as PolicyTopic)).optional() }),
};

function invalidQuery({ field, value }: Invalid): HttpError {
  if (field === 'topic') return badRequest('bad_topic', `不支持的政策主题：${String(value)}（可选 talent、finance）`, `unknown topic ${String(value)}: use talent or finance`);
  if (field === 'no') return badRequest('bad_task_no', `任务编号必须是数字：${String(value ?? '')}`, `task number must be a number: ${String(value ?? '')}`);
  return badRequest('bad_plan', '只能指定一个方案', 'give at most one plan id');
}

function selectPlan(id: string | undefined, getFacts: () => PlanFacts[]): PlanFacts {
  const all = getFacts();
  if (id) {
    const f = all.find((x) => x.docId === id);
    if (!f) throw notFound('plan_not_found', `未找到方案：${id}`, `no plan with id ${id}`);
    return f;
  }
  const f = all.find((x) => x.primary) ?? all[0];
  if (!f) throw notFound('no_plan', '知识库中没有可用的方案', 'the knowledge base holds no plan');
  return f;
}

function taskSummary(f: PlanFacts, t: Task): string {
  return t.summary ?? t.sentences.join('');
}

function taskView(f: PlanFacts, t: Task) {
  const area = f.areas.find((a) => a.no === t.areaNo);
  return {
    no: t.no,
    name: t.name,
    summary: taskSummary(f, t),
    ...(t.owner ? { owner: t.owner } : {}),
    source: t.source,
    area: area ? { no: area.no, title: area.title } : null,
    sentences: t.sentences,
    partners: t.partners.map((p) => ({ name: p.name, source: p.source })),
  };
}

/** A document's numbered items with who leads each, as written (knowledge/facts/document.ts). */
function documentItems(d: KnowledgeDocument) {
  const items = outline(d.text, headingTest(d)).filter((it) => it.kind !== 'shi');
  const labels = (i: number): string[] => (i < 0 ? [] : [...labels(items.find((x) => x.index === i)?.parent ?? -1), items.find((x) => x.index === i)?.label ?? '']);
  return items.map((it) => ({
    no: it.no,
    label: it.label,
    path: labels(it.parent).filter(Boolean),
    title: it.title,
    owner: it.annotation?.lead ?? it.annotation?.responsible ?? null,
    support: it.annotation?.support ?? null,
    deadline: it.annotation?.deadline ?? null,
    source: ownedText(d.text, it),
    // An item bundling measures each closed by its own units: who is responsible for which measure.
    ...(it.measures
      ? { measures: it.measures.map((m) => ({ title: m.title, owner: m.annotation.lead ?? m.annotation.responsible ?? null, support: m.annotation.support ?? null, source: d.text.slice(m.start, m.end).trim() })) }
      : {}),
  }));
}

export function planRouter(
  getFacts: () => PlanFacts[],
  getDocuments: () => KnowledgeDocument[] = () => [],
  /** Starter questions about the documents that are not plans (answer/suggestions.ts). */
  documentSuggestions: () => string[] = () => [],
): Router {
  const router = new Router();

  router.get('/api/plans', (ctx) => {
    const plans = getFacts();
    const planned = new Set(plans.map((f) => f.docId));
    ctx.body = {
      plans: [
        ...plans.map((f) => ({
          id: f.docId,
          title: f.title,
          fullTitle: f.fullTitle,
          period: f.period,
          primary: f.primary,
          counts: planCounts(f),
        })),
        // Every other document whose structure yields facts: numbered items, owners, targets, amounts.
        ...getDocuments()
          .filter((d) => !planned.has(d.id) && d.facts && docFactsCounts(d.facts).items > 0)
          .map((d) => ({
            id: d.id,
            title: d.title,
            genre: d.facts!.genre,
            number: d.facts!.number,
            date: d.facts!.date?.text ?? null,
            issuers: d.facts!.issuers,
            primary: d.primary,
            counts: docFactsCounts(d.facts!),
          })),
      ],
    };
  });

  const planQuery = validate(PLAN, { invalid: invalidQuery });
  const planOf = (ctx: Context) => selectPlan(inputOf(ctx, PLAN).query.plan, getFacts);

  router.get('/api/plan', planQuery, (ctx) => {
    const f = planOf(ctx);
    ctx.body = {
      id: f.docId,
      docTitle: f.docTitle,
      title: f.title,
      fullTitle: f.fullTitle,
      period: f.period,
      releaseDate: f.releaseDate?.text ?? null,
      organizer: f.organizer?.name ?? null,
      leadUnit: f.leadUnit?.name ?? null,
      speakers: f.speakers.map((s) => ({ name: s.name, unit: s.unit, post: s.post })),
      measures: f.measures ? { items: f.measures.items, aspects: f.measures.aspects, source: f.measures.source } : null,
      counts: planCounts(f),
    };
  });

  router.get('/api/plan/targets', planQuery, (ctx) => {
    const f = planOf(ctx);
    ctx.body = {
      groups: f.targetGroups.map((g) => ({
        no: g.no,
        name: g.name,
        items: g.items.map((i) => ({
          metric: i.metric, value: i.value ?? null, unit: i.unit ?? null, qualifier: i.qualifier ?? null,
          deadline: i.deadline ?? null, text: i.text, source: i.source,
        })),
      })),
    };
  });

  router.get('/api/plan/tasks', planQuery, (ctx) => {
    const id = inputOf(ctx, PLAN).query.plan;
    const doc = id !== undefined && !getFacts().some((f) => f.docId === id) ? getDocuments().find((d) => d.id === id && d.facts) : undefined;
    if (doc) {
      ctx.body = { id: doc.id, title: doc.title, items: documentItems(doc) };
      return;
    }
    const f = selectPlan(id, getFacts);
    ctx.body = {
      areas: f.areas.map((a) => ({
        no: a.no,
        title: a.title,
        // Sentences the plan gives for the area as a whole when they could not be split per task.
        summary: a.sentences.join(''),
        tasks: a.taskNos.map((no) => {
          const t = f.tasks.find((x) => x.no === no)!;
          return { no: t.no, name: t.name, summary: taskSummary(f, t), ...(t.owner ? { owner: t.owner } : {}), source: t.source };
        }),
      })),
    };
  });

  router.get('/api/plan/tasks/:no', validate(TASK, { invalid: invalidQuery }), (ctx) => {
    const { query, params } = inputOf(ctx, TASK);
    const f = selectPlan(query.plan, getFacts);
    const raw = params.no;
    const t = f.tasks.find((x) => x.no === Number(raw));
    if (!t) {
      throw notFound('task_not_found', `没有第${raw}项任务（共${f.tasks.length}项）`, `no task ${raw} (the plan has ${f.tasks.length})`);
    }
    ctx.body = taskView(f, t);
  });

  router.get('/api/policies', validate(POLICIES, { invalid: invalidQuery }), (ctx) => {
    const { plan: id, topic } = inputOf(ctx, POLICIES).query;
    const f = selectPlan(id, getFacts);
    const topics = topic ? [topic] : [...POLICY_TOPICS];
    ctx.body = {
      topic: topic ?? null,
      items: topics.flatMap((t) =>
        f.policies[t].map((p) => ({
          topic: p.topic, text: p.text, source: p.source, section: p.section ?? null, areaNo: p.areaNo ?? null, taskNo: p.taskNo ?? null,
        })),
      ),
    };
  });

  router.get('/api/suggestions', planQuery, (ctx) => {
    // A plan named, or the only thing loaded: its own questions. Otherwise every document gets a turn.
    const id = inputOf(ctx, PLAN).query.plan;
    const plans = getFacts();
    const others = id ? [] : documentSuggestions();
    if (!plans.length && !others.length) throw notFound('no_plan', '知识库中没有可用的方案', 'the knowledge base holds no plan');
    const f = plans.length ? selectPlan(id, getFacts) : null;
    const own = f ? planSuggestions(f, others.length ? 4 : 8) : [];
    ctx.body = { plan: f?.docId ?? null, suggestions: [...own, ...others].slice(0, 8) };
  });

  return router;
}
