// A word no loaded text uses is either the subject the texts lack or the asker's everyday way of saying what a
// text says otherwise. Written law and policy Chinese tells them apart: `贴息`, `所得税` are words of its register
// (a text that lacks them does not answer); `撑腰`, `打头` are not (the text says 支撑, 第一项).
import { beforeAll, describe, expect, it } from 'vitest';
import { weighEvidence } from '../../src/answer/gate.ts';
import { inWrittenRegister } from '../../src/retrieval/lexical/register.ts';
import type { KnowledgeIndex } from '../../src/retrieval/knowledge-index.ts';
import { answererOver } from '../support/docs.ts';

const PLAN = `某市工业增长三年行动方案解读

一、总体目标
到2025年末，全国重要的石化产业基地建设突飞猛进，支撑全省建设世界级石化产业基地的作用凸显。

二、重点任务
围绕产业链现代化，设置了抓好石化产业有序发展、抓好产业集群建设等任务。

三、保障措施
确定了强化组织保障、加强开放合作、做好督查督办3项措施。
`;

let index: KnowledgeIndex;
beforeAll(async () => {
  ({ index } = await answererOver({ '工业增长方案解读.txt': PLAN }));
});
const grounded = (q: string) => {
  const parsed = index.parse(q);
  return weighEvidence(index, parsed, index.search(parsed, 8)).grounded;
};

describe('words no loaded text uses', () => {
  it('are told apart by the register of written law and policy', () => {
    expect(inWrittenRegister('所得税')).toBe(true);
    expect(inWrittenRegister('贴息')).toBe(true);
    expect(inWrittenRegister('撑腰')).toBe(false);
    expect(inWrittenRegister('R&D')).toBe(true);
  });

  it('leave out of the register words the laws use only now and then, as any text does (打算, 扮演)', () => {
    // (The laws use 打算 and 扮演 a handful of times; general Chinese over fifty times as often.)
    expect(inWrittenRegister('打算')).toBe(false);
    expect(inWrittenRegister('扮演')).toBe(false);
    expect(inWrittenRegister('申报')).toBe(true);
    expect(grounded('方案打算让石化基地在全省扮演个啥？')).toBe(true);
  });

  it('do not outweigh what the text says when they are everyday words', () => {
    expect(grounded('石化那个基地的目标，说要给全省建啥级别的基地撑腰？')).toBe(true);
  });

  it('still refuse a subject of the genre the text lacks', () => {
    expect(grounded('石化基地的企业贷款有没有贴息？')).toBe(false);
    expect(grounded('石化企业的补贴要不要交所得税？')).toBe(false);
  });
});
