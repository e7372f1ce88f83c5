// Words that say how much is asked, as people say them: money got or paid as an everyday verb (`按投资的多少给钱`) and
// the side of a bound (`占比要压到多少以下`) are the asking — a text that states the figure its own way (`给予…投资30%的
// 资金支持`, `控制在5%以内`) answers, and is not said to leave 给钱 or 以下 unstated.
import { describe, expect, it } from 'vitest';
import { asksAmountItself } from '../../src/text/numerals.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const HEAT = [
  '溪城市发展改革委关于组织申报新能源供热项目的通知',
  '一、支持范围',
  '本次支持新能源供热新建和改造项目，包括热泵供热、地热能供热、生物质供热和多能耦合综合能源站项目。',
  '二、支持标准',
  '对新能源供热装机占比30%及以上的新技术应用项目、多能耦合综合能源站项目，给予新能源建设投资30%的资金支持。其他项目给予新能源建设投资20%的资金支持。',
  '三、申报要求',
  '各区发展改革部门负责组织本区项目申报，做好项目审核。原则上已经获得其他市级资金支持的项目不得多头申报。',
].join('\n');

describe('how much, said as people say it', () => {
  it('reads money verbs and the side of a bound as the asking', () => {
    expect(asksAmountItself('给钱')).toBe(true);
    expect(asksAmountItself('以下')).toBe(true);
    expect(asksAmountItself('综合能源站')).toBe(false);
  });

  it('answers `能按投资的多少给钱` from the share the text states', async () => {
    const { answerer } = await answererOver({ '溪城市发展改革委关于组织申报新能源供热项目的通知.txt': HEAT });
    const a = await answerer.ask('做多能耦合综合能源站的项目能按建设投资的多少给钱');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('30%的资金支持');
  });
});
