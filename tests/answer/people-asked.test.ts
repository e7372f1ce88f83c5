// `分别是哪些人`: people asked are answered by the roles a text names (`1名团长+3名创业导师+N名志愿者`) — no
// list of named places is asked because the subject is a 社区 (a word ending in 区); a list of named counties
// asked of a text that names none is still said to be unstated.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const PLAN = [
  '某市OPC创业行动计划',
  '一、建设OPC社区。到2027年建成OPC社区30个。（责任单位：市科技局）',
  '二、做好陪跑服务。支持OPC社区组建由“1名团长+3名创业导师+N名志愿者”组成的“1+3+N”创业陪跑团，为创业者提供全天候服务。（责任单位：市人力社保局）',
  '三、开展试点。在全市开展OPC创业试点，对试点县给予一次性奖励。（责任单位：市财政局）',
].join('\n');

describe('people asked after 分别是哪些', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ '某市OPC创业行动计划.txt': PLAN }));
  });

  it('is answered by the roles the text names, not refused for naming no 区', async () => {
    const a = await answerer.ask('OPC社区里那种“1+3+N”陪跑团，分别是哪些人？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('1名团长');
    expect(plainText(a)).not.toContain('名单');
  });

  it('reads 哪些条件 as conditions asked, not a list of the 市 before it', async () => {
    const a = await answerer.ask('某市申请OPC陪跑服务要满足哪些条件？');
    expect(plainText(a)).not.toContain('市名单');
  });

  it('still says a list of named counties is not stated where the text names none', async () => {
    const a = await answerer.ask('OPC创业的试点县有哪些？');
    expect(a.grounded).toBe(false);
    expect(plainText(a)).toContain('县名单');
  });
});
