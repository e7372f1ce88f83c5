// A notice named in 《》 whose interpretation is loaded (`《关于…的通知》政策解读`) points to that
// interpretation; a bare `…的通知` names no document, however few titles end so.
import { beforeAll, describe, expect, it } from 'vitest';
import { explicitDocument } from '../../../src/answer/facts/documents.ts';
import type { KnowledgeIndex } from '../../../src/retrieval/knowledge-index.ts';
import { answererOver } from '../../support/docs.ts';
import { plainText } from '../../../src/answer/plain-text.ts';

describe('notices named by their quoted title', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    ({ index } = await answererOver({
      '《关于深化专利领域改革优化营商环境的通知》政策解读.txt': '《关于深化专利领域改革优化营商环境的通知》政策解读\n一、《通知》制定的背景是什么？国家知识产权局起草制定了《通知》。\n',
      '河湾市医疗保障局关于印发河湾市护理保险试行办法的通知.txt': '河湾市医疗保障局关于印发河湾市护理保险试行办法的通知\n\n第一条 为建立护理保险制度，制定本办法。\n',
    }));
  });

  it('takes the interpretation whose title holds the quoted name', () => {
    const named = explicitDocument(index, '《关于深化专利领域改革优化营商环境的通知》是哪个部门起草制定的？');
    expect(named?.docs.map((d) => d.title)).toEqual(['《关于深化专利领域改革优化营商环境的通知》政策解读']);
  });

  it('reads no document in a bare genre ending', () => {
    expect(explicitDocument(index, '上级发来的通知是哪个部门起草制定的？')).toBeNull();
    expect(explicitDocument(index, '护理保险试行办法的通知是谁印发的？')?.docs.map((d) => d.title)).toEqual(['河湾市医疗保障局关于印发河湾市护理保险试行办法的通知']);
  });
});

describe('what a page or a 实施意见 says about itself, in its own words', () => {
  it('reads the source line as the issuer, 问题解答 as a Q&A, and 本政策…三年有效期 as its term', async () => {
    const { answerer } = await answererOver(
      {
        '河湾市医疗保险常见问题解答.txt':
          '河湾市医疗保险常见问题解答\n2025-10-01\n来源：河湾市医疗保障局\n一、如何参加医疗保险？\n到参保地经办机构办理。\n二、医保待遇何时开始享受？\n缴费次月起享受待遇。\n三、如何办理异地就医备案？\n通过线上平台申请备案。\n',
        '中共河湾县委河湾县人民政府关于支持特色产业发展的实施意见.txt':
          '中共河湾县委河湾县人民政府关于支持特色产业发展的实施意见\n第1条 设立特色产业引导资金。\n第2条 对新建项目给予奖励。\n第3条 本政策自发布之日起施行，暂定三年有效期。\n',
      },
      true,
    );
    expect(plainText(await answerer.ask('这份医疗保险常见问题解答是哪个部门发布的？'))).toContain('河湾市医疗保障局');
    expect(plainText(await answerer.ask('河湾医疗保险常见问题解答的第三个问题问的是什么？'))).toContain('异地就医备案');
    const term = plainText(await answerer.ask('河湾县特色产业扶持政策管几年？从什么时候开始算？'));
    expect(term).toContain('三年有效期');
    expect(term).toContain('发布之日起');
  });
});
