// An item that bundles several measures, each closed after its full stop by units of its own
// (`…给予贴息。（责任单位：市人力社保局）对…。（责任单位：市科技局）`), as some 若干措施 write them: each measure is
// owned by its own units — an answer quoting one never carries its neighbour's, whether the neighbour's
// annotation stands before it in the text or is the item's first.
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import { beforeAll, describe, expect, it } from 'vitest';
import { planRouter } from '../../../src/channels/http-api/plans.ts';
import type { KnowledgeIndex } from '../../../src/retrieval/knowledge-index.ts';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { splitSentences } from '../../../src/knowledge/chunk.ts';
import { answererOver } from '../../support/docs.ts';

const MEASURES = [
  '澄川市促进无人机产业发展若干措施',
  '',
  '一、强化要素保障',
  '1.强化金融支持。设立低空产业基金，投资规模不低于3亿元，重点投向整机制造、核心零部件、飞控系统和低空运营服务等环节，建立快速投资决策机制，对种子期、初创期企业适当放宽投资条件，引导社会资本共同参与低空经济项目建设运营。（责任单位：市国资委、市财政局）对航模企业发放最高80万元创业担保贷款，贷款利率不超过LPR+30BP。（责任单位：市人社局）为飞行服务企业统一购买每家200万元保额的第三者责任保险，保险期限为一年，到期后根据企业运营绩效和安全记录择优续保，并逐步扩大保险覆盖的机型范围。（责任单位：市交通局）',
  '2.开放应用场景。每年发布低空应用场景清单。（责任单位：市工信局）',
  '',
].join('\n');

describe('measures closed by units of their own', () => {
  let index: KnowledgeIndex;
  let answerer: Answerer;
  beforeAll(async () => {
    ({ index, answerer } = await answererOver({ '澄川市促进无人机产业发展若干措施.txt': MEASURES }, true));
  });

  it('end with their annotation: it is not the start of the next sentence', () => {
    const s = splitSentences('为企业提供贴息。（责任单位：市人社局）为企业购买保险。（责任单位：市交通局）');
    expect(s).toEqual(['为企业提供贴息。（责任单位：市人社局）', '为企业购买保险。（责任单位：市交通局）']);
    // (An item's own number in parentheses opens a sentence: it is no annotation.)
    expect(splitSentences('加强保障。（二）优化服务。')).toEqual(['加强保障。', '（二）优化服务。']);
  });

  it('are owned each by its own units', () => {
    const owners = index.documents[0]!.facts!.owners;
    const measure = (words: string) => owners.find((o) => o.measureOf !== undefined && o.title.includes(words));
    expect(measure('创业担保贷款')?.lead).toBe('市人社局');
    expect(measure('第三者责任保险')?.lead).toBe('市交通局');
    expect(measure('低空产业基金')?.lead).toBe('市国资委、市财政局');
    // (An item with one annotation is owned as before, with no measures.)
    expect(owners.filter((o) => o.measureOf !== undefined)).toHaveLength(3);
  });

  it('answers who is responsible for a measure with its own unit', async () => {
    const a = plainText(await answerer.ask('航模企业的创业担保贷款由哪个部门负责？'));
    expect(a.split('原文')[0]).toContain('市人社局');
    expect(a.split('原文')[0]).not.toMatch(/市国资委|市交通局/u);
  });

  it('names each measure with its units when the whole item is asked', async () => {
    const a = plainText(await answerer.ask('强化金融支持这条由谁负责？')).split('原文')[0]!;
    expect(a).toMatch(/低空产业基金[^；]*市国资委/u);
    expect(a).toMatch(/创业担保贷款[^；]*市人社局/u);
    expect(a).toMatch(/飞行服务企业[^；]*市交通局/u);
  });

  it('quotes a measure with its own units, never the item\'s first', async () => {
    const a = plainText(await answerer.ask('航模企业创业担保贷款最高多少，利率上限多少？'));
    expect(a).toContain('80万元');
    // (Two asks, one of a kind its words do not give — `最高多少` — take any figure: the LPR rate is not a percentage.)
    expect(a).not.toContain('没有写明');
    // The measure's units close it; no other unit is set beside it (nor appended as the item's owner).
    expect(a).toMatch(/LPR\+30BP。（责任单位：市人社局）/u);
    expect(a).not.toMatch(/^（/u);
    expect(a.split('来源')[0]!.trim()).not.toMatch(/牵头）$/u);
  });

  it('are listed with their units by GET /api/plan/tasks', async () => {
    const router = planRouter(() => [], () => index.documents);
    const app = new Koa().use(router.routes());
    const server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    try {
      const id = index.documents[0]!.id;
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/plan/tasks?plan=${encodeURIComponent(id)}`);
      const body = (await res.json()) as { items: { title: string; measures?: { title: string; owner: string }[] }[] };
      const first = body.items.find((i) => i.title === '强化金融支持')!;
      expect(first.measures?.map((m) => m.owner)).toEqual(['市国资委、市财政局', '市人社局', '市交通局']);
      expect(body.items.find((i) => i.title === '开放应用场景')!.measures).toBeUndefined();
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
