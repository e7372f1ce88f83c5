// `第五种呢？具体是怎么做的` right after the ways were listed: the fifth of them, what it says — never the
// shipped plan's task 5.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/answer/plain-text.ts';
import { SEED_FILE, SEED_RAW } from '../../support/seed.ts';
import { answererOver } from '../../support/docs.ts';

const title = '某市老年人助餐配餐服务管理办法';
const text = [
  title,
  // (Articles long enough to be passages of their own, as a real 办法's are.)
  `第一条 为规范老年人助餐配餐服务，${'保障老年人就餐需求，提升服务质量和安全水平，'.repeat(8)}制定本办法。`,
  '第二条 老年人助餐配餐服务采取以下方式提供：',
  '(一)自主供给服务模式。社区自建厨房，为老年人提供即时加工服务。',
  '(二)单位食堂专区服务模式。机关单位食堂设置老年人就餐专区。',
  '(三)集体用餐配送服务模式。由配送单位统一配送。',
  '(四)餐饮门店助餐服务模式。社会餐饮门店设置助餐点。',
  '(五)养老服务机构辐射服务模式。养老机构内部餐饮服务向周边社区老年人开放。',
  `第三条 ${'区民政部门应当加强对助餐配餐服务的指导和监督，定期开展检查评估，'.repeat(8)}本办法自2024年4月1日起实施。`,
].join('\n');

describe('an ordinal right after a list', () => {
  it('counts in the list just given', async () => {
    const { answerer } = await answererOver({ [SEED_FILE]: SEED_RAW, [`${title}.txt`]: text }, true);
    await answerer.ask('某市老年人助餐配餐服务管理办法里，助餐服务有哪几种提供方式？', { sessionId: 'l' });
    const a = await answerer.ask('第五种呢？具体是怎么做的', { sessionId: 'l' });
    expect(plainText(a)).toContain('养老服务机构辐射服务模式');
    expect(a.citations.every((c) => c.source.includes(title))).toBe(true);
  });
});
