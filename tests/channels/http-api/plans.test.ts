import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerFromFacts } from '../../../src/answer/facts/intent.ts';
import { HttpError } from '../../../src/http/errors.ts';
import { planRouter } from '../../../src/channels/http-api/plans.ts';
import { extractFacts, type PlanFacts } from '../../../src/knowledge/facts/plan.ts';
import { normalizeDocument } from '../../../src/text/normalize.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function load(file: string, id: string, primary: boolean): PlanFacts {
  const text = normalizeDocument(fs.readFileSync(path.join(ROOT, file), 'utf8')).text;
  return extractFacts({ id, title: `${id} 解读`, text, primary }).facts!;
}

const plan = load('knowledge/盘锦市工业增长三年行动专项方案-新闻发布会解读.txt', 'panjin.txt', true);
const second = load('tests/fixtures/second-plan.txt', 'fixtures/second.txt', false);
let plans: PlanFacts[] = [second, plan];

let server: ReturnType<Koa['listen']>;
let base = '';

beforeAll(async () => {
  const app = new Koa();
  // Stands in for the service's error middleware: HttpError → status + {error:{code,message}}.
  app.use(async (ctx, next) => {
    try {
      await next();
    } catch (e) {
      if (!(e instanceof HttpError)) throw e;
      ctx.status = e.status;
      ctx.body = e.body;
    }
  });
  const router = planRouter(() => plans);
  app.use(router.routes()).use(router.allowedMethods());
  server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function get(p: string): Promise<{ status: number; body: any }> {
  const res = await fetch(base + p);
  return { status: res.status, body: await res.json() };
}

function expectError(r: { status: number; body: any }, status: number, code: string) {
  expect(r.status).toBe(status);
  expect(r.body.error.code).toBe(code);
  // Chinese for the mini-program, English for the log.
  expect(r.body.error.message).toMatch(/\p{Script=Han}.* \/ [A-Za-z]/u);
}

describe('GET /api/plans', () => {
  it('lists every plan with its counts', async () => {
    const { status, body } = await get('/api/plans');
    expect(status).toBe(200);
    expect(body.plans.map((p: any) => p.id)).toEqual(['fixtures/second.txt', 'panjin.txt']);
    const primary = body.plans.find((p: any) => p.primary);
    expect(primary).toMatchObject({ id: 'panjin.txt', period: { text: '2023-2025年' } });
    expect(primary.counts).toMatchObject({ targetGroups: 3, areas: 8, tasks: 21, speakers: 5, measures: 3 });
  });
});

describe('GET /api/plan', () => {
  it('returns the primary plan by default, even when it is not first', async () => {
    const { status, body } = await get('/api/plan');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: 'panjin.txt', fullTitle: '盘锦市工业增长三年行动专项方案(2023-2025年)', releaseDate: '3月30日', organizer: '市政府新闻办', leadUnit: '市工业和信息化局',
    });
    expect(body.speakers).toHaveLength(5);
    expect(body.measures.items).toHaveLength(3);
  });

  it('selects another plan with ?plan=', async () => {
    const { body } = await get(`/api/plan?plan=${encodeURIComponent('fixtures/second.txt')}`);
    expect(body.counts).toMatchObject({ areas: 6, tasks: 14, targetGroups: 2, speakers: 4 });
  });

  it('404s an unknown plan and 400s a repeated one', async () => {
    expectError(await get('/api/plan?plan=nope'), 404, 'plan_not_found');
    expectError(await get('/api/plan/tasks?plan=nope'), 404, 'plan_not_found');
    expectError(await get('/api/plan?plan=a&plan=b'), 400, 'bad_plan');
  });

  it('404s when no plan is loaded', async () => {
    const saved = plans;
    plans = [];
    try {
      expectError(await get('/api/plan'), 404, 'no_plan');
      expect((await get('/api/plans')).body).toEqual({ plans: [] });
    } finally {
      plans = saved;
    }
  });
});

describe('GET /api/plan/targets', () => {
  it('groups items with value, unit and source', async () => {
    const { body } = await get('/api/plan/targets');
    expect(body.groups.map((g: any) => g.name)).toEqual(['量的合理增长', '质的有效提升', '为全省作出突出贡献']);
    const item = body.groups[1].items.find((i: any) => i.value === '230');
    expect(item).toMatchObject({ metric: '高新技术企业数量', unit: '家', qualifier: '以上', deadline: '2025年末' });
    expect(item.source).toContain('230家以上');
  });
});

describe('GET /api/plan/tasks', () => {
  it('lists areas with numbered tasks', async () => {
    const { body } = await get('/api/plan/tasks');
    expect(body.areas).toHaveLength(8);
    expect(body.areas.flatMap((a: any) => a.tasks.map((t: any) => t.no))).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    const green = body.areas[5];
    expect(green.tasks[1]).toMatchObject({ no: 16, name: '抓好碳达峰工作落实' });
    expect(green.tasks[1].summary).toContain('梯次达峰');
    expect(green.tasks[1].owner).toBeUndefined();
    expect(body.areas[3].summary).toContain('揭榜挂帅');
  });

  it('returns one task, 404 for an unknown number and 400 for a non-number', async () => {
    const { status, body } = await get('/api/plan/tasks/10');
    expect(status).toBe(200);
    expect(body).toMatchObject({ no: 10, name: '抓好核心技术攻关', area: { no: 4 } });
    expect(body.source).toContain('抓好核心技术攻关');
    expect((await get('/api/plan/tasks/15')).body.partners).toEqual([{ name: '辽河油田', source: expect.stringContaining('与辽河油田共同推进') }]);
    expectError(await get('/api/plan/tasks/22'), 404, 'task_not_found');
    expectError(await get('/api/plan/tasks/0'), 404, 'task_not_found');
    expectError(await get('/api/plan/tasks/abc'), 400, 'bad_task_no');
    expectError(await get('/api/plan/tasks/1.5'), 400, 'bad_task_no');
  });
});

describe('GET /api/policies', () => {
  it('returns the items of a topic with their source', async () => {
    const talent = await get('/api/policies?topic=talent');
    expect(talent.status).toBe(200);
    expect(talent.body.topic).toBe('talent');
    expect(talent.body.items[0].source).toContain('兴辽英才计划');
    const finance = await get('/api/policies?topic=finance');
    expect(finance.body.items.map((i: any) => i.text).join('')).toContain('融资需求');
    expect(finance.body.items.every((i: any) => i.topic === 'finance')).toBe(true);
  });

  it('returns every topic without ?topic= and 400s another topic', async () => {
    const all = await get('/api/policies');
    expect(new Set(all.body.items.map((i: any) => i.topic))).toEqual(new Set(['talent', 'finance']));
    expectError(await get('/api/policies?topic=housing'), 400, 'bad_topic');
  });
});

describe('GET /api/suggestions', () => {
  it('offers starter questions that the facts answer, for each plan', async () => {
    for (const [query, facts] of [['', plan], [`?plan=${encodeURIComponent('fixtures/second.txt')}`, second]] as const) {
      const { status, body } = await get(`/api/suggestions${query}`);
      expect(status).toBe(200);
      expect(body.suggestions.length).toBeGreaterThanOrEqual(6);
      for (const q of body.suggestions) expect(answerFromFacts(q, [facts]), q).not.toBeNull();
    }
  });
});
