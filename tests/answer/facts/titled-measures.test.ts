// An item whose paragraphs are titled measures, each closed by its own units (`金融支持：…（牵头单位：…，
// 责任单位：…）`), as some 行动计划 write them: each measure is owned by its own units, never by the last
// measure's, and an answer names the units responsible beside the lead.
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeIndex } from '../../../src/retrieval/knowledge-index.ts';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';

const PLAN = [
  '澄川市创业培育行动计划',
  '',
  '一、主要任务',
  '（一）集聚创业人才。用足用好各项引才政策，吸引青年来澄创业。（牵头单位：市委组织部，责任单位：市教育局、市人社局、团市委）',
  '（二）构建培育生态。整合各方资源，为创业者搭建全链条服务体系。',
  '金融支持：发挥天使投资基金作用，推广新型融资方式。（牵头单位：市财政局、市金融办，责任单位：国资集团）',
  '市场对接：定期举办路演、产品市集等活动。（牵头单位：市商务局，责任单位：各区镇）',
  '安全支撑：依托网络安全服务专窗，提供网络和数据安全服务。（牵头单位：市委宣传部（网信办），责任单位：市政府办（金融）、市公安局、市数据局）',
  '（三）推动场景开放。定期发布应用场景清单。（牵头单位：市工信局）',
  '',
].join('\n');

describe('measures titled within an item', () => {
  let index: KnowledgeIndex;
  let answerer: Answerer;
  beforeAll(async () => {
    ({ index, answerer } = await answererOver({ '澄川市创业培育行动计划.txt': PLAN }, true));
  });

  it('are owned each by its own units, and the item by none of theirs', () => {
    const owners = index.documents[0]!.facts!.owners;
    const of = (title: string) => owners.find((o) => o.title === title);
    // (A unit's own parenthesis is part of its name, not the end of the annotation.)
    expect(of('安全支撑')?.lead).toMatch(/^市委宣传部[(（]网信办[)）]$/u);
    expect(of('安全支撑')?.responsible).toMatch(/^市政府办[(（]金融[)）]、市公安局、市数据局$/u);
    expect(of('金融支持')?.lead).toBe('市财政局、市金融办');
    expect(of('市场对接')?.responsible).toBe('各区镇');
    // (二)'s own paragraph names no unit: it is not given 安全支撑's.
    expect(owners.some((o) => o.title.startsWith('构建培育生态'))).toBe(false);
  });

  it('answers who leads a measure with its own unit', async () => {
    const a = plainText(await answerer.ask('安全支撑这块谁牵头？'));
    expect(a).toContain('网信办');
    expect(a).not.toContain('市商务局');
  });

  it('names the units responsible beside the lead', async () => {
    // (What the answer says, before the item it quotes.)
    const said = plainText(await answerer.ask('集聚创业人才这条谁牵头，哪些单位配合？')).split('原文')[0]!;
    expect(said).toContain('市委组织部');
    expect(said).toContain('市人社局');
  });
});
