// A notice named in 《》 whose interpretation is loaded (`《关于…的通知》政策解读`) points to that
// interpretation; a bare `…的通知` names no document, however few titles end so.
import { beforeAll, describe, expect, it } from 'vitest';
import { explicitDocument } from '../../../src/answer/facts/documents.ts';
import type { KnowledgeIndex } from '../../../src/retrieval/knowledge-index.ts';
import { answererOver } from '../../support/docs.ts';

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
